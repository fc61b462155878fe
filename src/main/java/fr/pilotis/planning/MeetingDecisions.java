package fr.pilotis.planning;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of meetings' minutes, for the action-plan module: read one, and record the action
 * it became. Access is the caller's question (the group's expert turns a decision into an action).
 */
@Service
@Transactional
public class MeetingDecisions {

    private final MeetingDecisionRepository decisions;
    private final MeetingDecisionCriterionRepository criteria;
    private final MeetingRepository meetings;

    MeetingDecisions(
            MeetingDecisionRepository decisions,
            MeetingDecisionCriterionRepository criteria,
            MeetingRepository meetings) {
        this.decisions = decisions;
        this.criteria = criteria;
        this.meetings = meetings;
    }

    /** The decision with its meeting's group and criteria; NotFoundException when unknown. */
    @Transactional(readOnly = true)
    public DecisionView decision(long decisionId) {
        MeetingDecision decision = decisions.findById(decisionId).orElseThrow(NotFoundException::new);
        Meeting meeting = meetings.findById(decision.getMeetingId()).orElseThrow(NotFoundException::new);
        List<Long> criterionIds = criteria.findByDecisionIdIn(List.of(decisionId)).stream()
                .map(MeetingDecisionCriterion::getCriterionId)
                .sorted()
                .toList();
        return new DecisionView(
                decisionId,
                meeting.getId(),
                meeting.getGroupId(),
                decision.getText(),
                criterionIds,
                decision.getActionId());
    }

    public void linkAction(long decisionId, long actionId) {
        if (actionId <= 0) {
            throw InvalidInputException.of("actionId", "planning.decision.actionUnknown");
        }
        decisions.findById(decisionId).orElseThrow(NotFoundException::new).linkAction(actionId);
        decisions.flush();
    }
}
