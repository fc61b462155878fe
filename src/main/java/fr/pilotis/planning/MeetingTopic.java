package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A theme studied at a meeting, narrowed to one of its criteria when criterionId is set. */
@Entity
class MeetingTopic extends TenantEntity {

    private long meetingId;
    private long themeId;
    private Long criterionId;

    protected MeetingTopic() {}

    MeetingTopic(long meetingId, long themeId, Long criterionId) {
        this.meetingId = meetingId;
        this.themeId = themeId;
        this.criterionId = criterionId;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getThemeId() {
        return themeId;
    }

    Long getCriterionId() {
        return criterionId;
    }
}
