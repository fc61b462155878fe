package fr.pilotis.actionplan;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One action of a group's collective plan or of a structure's plan (exactly one of the two). */
@Entity
class ActionItem extends TenantEntity {

    private Long workingGroupId;
    private Long structureId;
    private String title;
    private String description;
    private Long ownerPersonId;
    private Long ownerStructureId;
    private LocalDate startsOn;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionPriority priority;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private int progress;
    private LocalDate doneOn;
    private Instant createdAt;
    private Long createdBy;

    @Version
    private int lockVersion;

    protected ActionItem() {}

    static ActionItem ofGroup(long groupId, Instant now, long createdBy) {
        ActionItem item = new ActionItem();
        item.workingGroupId = groupId;
        item.createdAt = now;
        item.createdBy = createdBy;
        return item;
    }

    static ActionItem ofStructure(long structureId, Instant now, long createdBy) {
        ActionItem item = new ActionItem();
        item.structureId = structureId;
        item.createdAt = now;
        item.createdBy = createdBy;
        return item;
    }

    /** Takes the checked draft; records the day it was done, and 100 % once done. */
    void apply(ActionDraft draft, LocalDate today) {
        title = draft.title().strip();
        description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().strip();
        ownerPersonId = draft.ownerPersonId();
        ownerStructureId = draft.ownerStructureId();
        startsOn = draft.startsOn();
        dueOn = draft.dueOn();
        priority = draft.priority();
        changeStatus(draft.status(), draft.progress() == null ? 0 : draft.progress(), today);
    }

    void changeStatus(ActionStatus next, int nextProgress, LocalDate today) {
        if (next == ActionStatus.DONE && status != ActionStatus.DONE) {
            doneOn = today;
        } else if (next != ActionStatus.DONE) {
            doneOn = null;
        }
        status = next;
        progress = next == ActionStatus.DONE ? 100 : nextProgress;
    }

    Long getWorkingGroupId() {
        return workingGroupId;
    }

    Long getStructureId() {
        return structureId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Long getOwnerPersonId() {
        return ownerPersonId;
    }

    Long getOwnerStructureId() {
        return ownerStructureId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ActionPriority getPriority() {
        return priority;
    }

    ActionStatus getStatus() {
        return status;
    }

    int getProgress() {
        return progress;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
