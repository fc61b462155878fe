package fr.pilotis.report;

import fr.pilotis.organisation.StructureSummary;
import java.util.List;

/** A structure of a UT and its reports for the semesters shown (same order). */
public record StructureReportsRow(StructureSummary structure, List<SemesterLine> lines) {

    public StructureReportsRow {
        lines = List.copyOf(lines);
    }
}
