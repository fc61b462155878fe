package fr.pilotis.diagnostic;

import java.time.Instant;

/** An evidence file as pages list it: which diagnostic and criterion, and the file's description. */
public record EvidenceView(
        long id,
        long diagnosticId,
        long criterionId,
        long fileId,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt) {

    /** The size in kilobytes, rounded up, for people. */
    public long kilobytes() {
        return (sizeBytes + 1023) / 1024;
    }
}
