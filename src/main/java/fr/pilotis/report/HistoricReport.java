package fr.pilotis.report;

import java.time.Instant;

/**
 * A report recorded as already written (demo history): its content and how far it went. Submitted
 * and signed ones get their figures snapshotted as they stand at loading.
 */
public record HistoricReport(
        ReportKind kind,
        long ownerId,
        Semester semester,
        ReportContent content,
        ReportStatus status,
        Instant submittedAt,
        String submittedBy,
        Instant signedAt,
        String signedBy) {}
