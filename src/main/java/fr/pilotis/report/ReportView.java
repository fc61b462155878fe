package fr.pilotis.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report as its page shows it; {@code ownerId} is the UT's or the structure's id. */
public record ReportView(
        long id,
        ReportKind kind,
        Semester semester,
        ReportStatus status,
        long ownerId,
        String ownerName,
        ReportContent content,
        FigureTable figures,
        Instant submittedAt,
        String submittedBy,
        Instant signedAt,
        String signedBy,
        LocalDate dueOn,
        boolean overdue) {

    public boolean editable() {
        return status == ReportStatus.DRAFT;
    }

    public boolean ofStructure() {
        return kind == ReportKind.STRUCTURE;
    }
}
