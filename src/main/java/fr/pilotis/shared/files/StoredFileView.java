package fr.pilotis.shared.files;

import java.time.Instant;

/** What pages and downloads need of a stored file; never its bytes. */
public record StoredFileView(
        long id,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        Long uploadedBy) {}
