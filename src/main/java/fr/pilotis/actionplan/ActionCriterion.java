package fr.pilotis.actionplan;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A criterion of the référentiel that an action works on. */
@Entity
class ActionCriterion extends TenantEntity {

    private Long actionId;
    private Long criterionId;

    protected ActionCriterion() {}

    ActionCriterion(long actionId, long criterionId) {
        this.actionId = actionId;
        this.criterionId = criterionId;
    }

    Long getActionId() {
        return actionId;
    }

    Long getCriterionId() {
        return criterionId;
    }
}
