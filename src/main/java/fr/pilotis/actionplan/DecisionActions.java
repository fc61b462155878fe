package fr.pilotis.actionplan;

import fr.pilotis.planning.DecisionView;
import fr.pilotis.planning.MeetingDecisions;
import fr.pilotis.shared.Actor;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a decision of a meeting's minutes into an action of the group's collective plan, linked
 * both ways: the action and the decision's link are written in one transaction, so a refused
 * action leaves the decision as it was.
 */
@Service
@Transactional
class DecisionActions {

    private final MeetingDecisions decisions;
    private final ActionPlans plans;

    DecisionActions(MeetingDecisions decisions, ActionPlans plans) {
        this.decisions = decisions;
        this.plans = plans;
    }

    /** The new action's id, or the one the decision already became (a second click creates nothing). */
    long turnIntoAction(DecisionView decision, Actor actor) {
        if (decision.actionId() != null) {
            return decision.actionId();
        }
        // criteria of another référentiel version than the plan's are left out rather than refused
        Set<Long> known = new HashSet<>();
        plans.choicesForGroup(decision.groupId()).criteria().forEach(c -> known.add(c.id()));
        List<Long> criterionIds =
                decision.criterionIds().stream().filter(known::contains).toList();
        // one click, then the expert adjusts: due at the end of a theme's work (3 months, slide 17)
        LocalDate dueOn = plans.today().plusMonths(3);
        long actionId = plans.createCollective(
                decision.groupId(),
                ActionDraft.of(ActionPlans.truncate(decision.text().strip()), decision.text(), criterionIds, dueOn),
                actor);
        decisions.linkAction(decision.id(), actionId);
        return actionId;
    }
}
