package fr.pilotis.diagnostic;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;

/** One structure's self-diagnostic for one campaign, and its way from draft to validated. */
@Entity
class Diagnostic extends TenantEntity {

    private Long campaignId;
    private Long structureId;

    @Enumerated(EnumType.STRING)
    private DiagnosticStatus status = DiagnosticStatus.DRAFT;

    private Instant submittedAt;
    private Long submittedBy;
    private Instant directorSignedAt;
    private Long directorSignedBy;
    private Instant validatedAt;
    private Long validatedBy;
    private String returnNote;

    @Version
    private int lockVersion;

    // Rows are created in SQL by Campaigns (one per structure of the network, in one statement),
    // never persisted through JPA: the SQL takes its ids from the sequence directly.
    protected Diagnostic() {}

    void submit(long by, Instant at) {
        requireStatus(status.isEditable(), "diagnostic.submit.notEditable");
        status = DiagnosticStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        directorSignedAt = null;
        directorSignedBy = null;
        returnNote = null;
    }

    void signOff(long by, Instant at) {
        requireStatus(
                status == DiagnosticStatus.SUBMITTED && directorSignedAt == null, "diagnostic.signOff.notPending");
        directorSignedAt = at;
        directorSignedBy = by;
    }

    void validate(long by, Instant at, boolean signOffRequired) {
        requireStatus(status == DiagnosticStatus.SUBMITTED, "diagnostic.review.notSubmitted");
        if (signOffRequired && directorSignedAt == null) {
            throw InvalidInputException.of(null, "diagnostic.validate.awaitingSignOff");
        }
        status = DiagnosticStatus.VALIDATED;
        validatedAt = at;
        validatedBy = by;
    }

    void returnToStructure(String note) {
        requireStatus(status == DiagnosticStatus.SUBMITTED, "diagnostic.review.notSubmitted");
        status = DiagnosticStatus.RETURNED;
        returnNote = note;
    }

    private static void requireStatus(boolean allowed, String messageKey) {
        if (!allowed) {
            throw InvalidInputException.of(null, messageKey);
        }
    }

    Long getCampaignId() {
        return campaignId;
    }

    Long getStructureId() {
        return structureId;
    }

    DiagnosticStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDirectorSignedAt() {
        return directorSignedAt;
    }

    Instant getValidatedAt() {
        return validatedAt;
    }

    String getReturnNote() {
        return returnNote;
    }
}
