package fr.pilotis.impact;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One entry of a structure's complaints register. */
@Entity
class Complaint extends TenantEntity {

    private long structureId;
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;

    private String clientReference;

    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;

    private String description;
    private String answerGiven;
    private LocalDate closedOn;

    @Version
    private int lockVersion;

    protected Complaint() {}

    Complaint(long structureId) {
        this.structureId = structureId;
    }

    void update(ComplaintInput input) {
        this.receivedOn = input.receivedOn();
        this.channel = input.channel();
        this.clientReference = input.clientReference().strip();
        this.category = input.category();
        this.description = input.description().strip();
        this.answerGiven = input.answerGiven() == null || input.answerGiven().isBlank()
                ? null
                : input.answerGiven().strip();
        this.closedOn = input.closedOn();
    }

    long getStructureId() {
        return structureId;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    ComplaintView view() {
        return new ComplaintView(
                getId(), receivedOn, channel, clientReference, category, description, answerGiven, closedOn);
    }
}
