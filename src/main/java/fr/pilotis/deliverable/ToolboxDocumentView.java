package fr.pilotis.deliverable;

import java.time.Instant;

/** A model document of the toolbox with its criterion and file, as lists show it. */
public record ToolboxDocumentView(
        long id,
        long criterionId,
        String criterionCode,
        String criterionTitle,
        String title,
        DocumentKind kind,
        String versionLabel,
        long fileId,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt) {

    public long kilobytes() {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
