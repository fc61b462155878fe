package fr.pilotis.actionplan;

import java.time.Instant;

/** An evidence file of an action, as its page lists it. */
public record ActionEvidenceView(
        long id, long actionId, long fileId, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {}
