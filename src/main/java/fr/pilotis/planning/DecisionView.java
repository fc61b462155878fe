package fr.pilotis.planning;

import java.util.List;

/** A decision of a meeting's minutes, as the action-plan module reads it. */
public record DecisionView(long id, long meetingId, long groupId, String text, List<Long> criterionIds, Long actionId) {

    public DecisionView {
        criterionIds = List.copyOf(criterionIds);
    }
}
