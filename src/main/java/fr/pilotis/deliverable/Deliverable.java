package fr.pilotis.deliverable;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;

/** One structure's deliverable for one requirement, and its way from expected to validated. */
@Entity
class Deliverable extends TenantEntity {

    private Long requirementId;
    private Long structureId;

    @Enumerated(EnumType.STRING)
    private DeliverableStatus status = DeliverableStatus.EXPECTED;

    private Instant submittedAt;
    private Instant validatedAt;
    private Long validatedBy;

    @Version
    private int lockVersion;

    protected Deliverable() {}

    Deliverable(long requirementId, long structureId) {
        this.requirementId = requirementId;
        this.structureId = structureId;
    }

    /** A new version filed: waits for the expert again. A validated deliverable is closed. */
    void versionFiled(Instant at) {
        requireNotValidated();
        status = DeliverableStatus.SUBMITTED;
        submittedAt = at;
    }

    void changesRequested() {
        requireSubmitted();
        status = DeliverableStatus.CHANGES_REQUESTED;
    }

    void validated(long by, Instant at) {
        requireSubmitted();
        status = DeliverableStatus.VALIDATED;
        validatedAt = at;
        validatedBy = by;
    }

    void requireNotValidated() {
        if (status == DeliverableStatus.VALIDATED) {
            throw InvalidInputException.of(null, "deliverable.validated.closed");
        }
    }

    private void requireSubmitted() {
        requireNotValidated();
        if (status != DeliverableStatus.SUBMITTED) {
            throw InvalidInputException.of(null, "deliverable.review.nothingToReview");
        }
    }

    Long getRequirementId() {
        return requirementId;
    }

    Long getStructureId() {
        return structureId;
    }

    DeliverableStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getValidatedAt() {
        return validatedAt;
    }
}
