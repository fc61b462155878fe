package fr.pilotis.actionplan;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A stored file given as evidence of an action's progress. */
@Entity
class ActionEvidence extends TenantEntity {

    private Long actionId;
    private Long fileId;

    protected ActionEvidence() {}

    ActionEvidence(long actionId, long fileId) {
        this.actionId = actionId;
        this.fileId = fileId;
    }

    Long getActionId() {
        return actionId;
    }

    Long getFileId() {
        return fileId;
    }
}
