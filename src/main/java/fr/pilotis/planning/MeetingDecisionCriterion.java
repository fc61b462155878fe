package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A criterion a decision concerns. */
@Entity
class MeetingDecisionCriterion extends TenantEntity {

    private long decisionId;
    private long criterionId;

    protected MeetingDecisionCriterion() {}

    MeetingDecisionCriterion(long decisionId, long criterionId) {
        this.decisionId = decisionId;
        this.criterionId = criterionId;
    }

    long getDecisionId() {
        return decisionId;
    }

    long getCriterionId() {
        return criterionId;
    }
}
