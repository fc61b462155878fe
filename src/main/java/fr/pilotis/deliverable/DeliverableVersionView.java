package fr.pilotis.deliverable;

import java.time.Instant;

/** A filed version as the deliverable's page lists it. */
public record DeliverableVersionView(
        long id,
        long deliverableId,
        int number,
        String label,
        long fileId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedByName,
        Instant uploadedAt) {

    public long kilobytes() {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
