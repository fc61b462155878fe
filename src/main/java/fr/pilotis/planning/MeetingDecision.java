package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A decision written in a meeting's minutes; actionId is the action it became, once linked. */
@Entity
class MeetingDecision extends TenantEntity {

    private long meetingId;
    private String text;
    private int position;
    private Long actionId;

    protected MeetingDecision() {}

    MeetingDecision(long meetingId, String text, int position) {
        this.meetingId = meetingId;
        this.text = text;
        this.position = position;
    }

    void linkAction(long actionId) {
        this.actionId = actionId;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getText() {
        return text;
    }

    int getPosition() {
        return position;
    }

    Long getActionId() {
        return actionId;
    }
}
