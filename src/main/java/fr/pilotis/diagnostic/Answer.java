package fr.pilotis.diagnostic;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The structure's answer to one criterion, and the expert's review of it. The version number
 * refuses a save based on a value someone else has changed since (no silent overwrite).
 */
@Entity
class Answer extends TenantEntity {

    private Long diagnosticId;
    private Long criterionId;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String justification;
    private String comment;
    private Instant updatedAt;
    private Long updatedBy;

    @Enumerated(EnumType.STRING)
    private Rating reviewRating;

    private String reviewComment;
    private Instant reviewedAt;
    private Long reviewedBy;

    @Version
    private int lockVersion;

    protected Answer() {}

    Answer(long diagnosticId, long criterionId) {
        this.diagnosticId = diagnosticId;
        this.criterionId = criterionId;
    }

    void answer(Rating rating, String justification, String comment, long by, Instant at) {
        this.rating = rating;
        this.justification = justification;
        this.comment = comment;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void review(Rating reviewRating, String reviewComment, long by, Instant at) {
        this.reviewRating = reviewRating;
        this.reviewComment = reviewComment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void clearReview() {
        this.reviewRating = null;
        this.reviewComment = null;
        this.reviewedAt = null;
        this.reviewedBy = null;
    }

    Long getDiagnosticId() {
        return diagnosticId;
    }

    Long getCriterionId() {
        return criterionId;
    }

    Rating getRating() {
        return rating;
    }

    String getJustification() {
        return justification;
    }

    String getComment() {
        return comment;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }

    Rating getReviewRating() {
        return reviewRating;
    }

    String getReviewComment() {
        return reviewComment;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    Long getReviewedBy() {
        return reviewedBy;
    }

    int getLockVersion() {
        return lockVersion;
    }

    boolean isAnswered() {
        return rating != null;
    }
}
