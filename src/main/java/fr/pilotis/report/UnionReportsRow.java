package fr.pilotis.report;

import fr.pilotis.organisation.TerritorialUnionSummary;

/** The network view of one UT for a semester: its own report, and how many of its structures submitted theirs. */
public record UnionReportsRow(
        TerritorialUnionSummary union, SemesterLine unionReport, long structures, long submitted, long overdue) {}
