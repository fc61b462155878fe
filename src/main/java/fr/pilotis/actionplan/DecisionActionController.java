package fr.pilotis.actionplan;

import fr.pilotis.planning.DecisionView;
import fr.pilotis.planning.MeetingDecisions;
import fr.pilotis.planning.Refusal;
import fr.pilotis.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes' "turn into an action" button: whoever writes the group's collective plan (its
 * experts, the admins) turns a decision into an action in one click, then lands on the action to
 * adjust its owner and dates.
 */
@Controller
class DecisionActionController {

    private final MeetingDecisions decisions;
    private final DecisionActions decisionActions;
    private final PlanAccess access;

    DecisionActionController(MeetingDecisions decisions, DecisionActions decisionActions, PlanAccess access) {
        this.decisions = decisions;
        this.decisionActions = decisionActions;
        this.access = access;
    }

    @PostMapping("/meetings/decisions/{meetingDecisionId}/action")
    String turnIntoAction(@PathVariable long meetingDecisionId, RedirectAttributes redirect) {
        DecisionView decision = decisions.decision(meetingDecisionId);
        access.writeGroup(decision.groupId());
        try {
            long actionId = decisionActions.turnIntoAction(decision, access.actor());
            redirect.addFlashAttribute("fromDecision", true);
            return "redirect:/actions/" + actionId;
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", Refusal.of(refused));
            return "redirect:/meetings/" + decision.meetingId() + "/minutes#decisions";
        }
    }
}
