package fr.pilotis.referential;

import java.time.Instant;

public record ReferentialSummary(
        long id,
        int version,
        String name,
        String description,
        boolean isDefault,
        Instant createdAt,
        long criterionCount) {}
