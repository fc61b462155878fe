package fr.pilotis.diagnostic;

import java.time.Instant;

/** An answer as the pages show it; {@code version} travels with the form to detect conflicts. */
public record AnswerView(
        Long id,
        long criterionId,
        Rating rating,
        String justification,
        String comment,
        Instant updatedAt,
        String updatedByName,
        Integer version,
        Rating reviewRating,
        String reviewComment,
        Instant reviewedAt,
        String reviewedByName) {

    static AnswerView unanswered(long criterionId) {
        return new AnswerView(null, criterionId, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isAnswered() {
        return rating != null;
    }

    public boolean isReviewed() {
        return reviewRating != null;
    }

    /** The expert found another rating than the structure's. */
    public boolean isCorrected() {
        return reviewRating != null && reviewRating != rating;
    }
}
