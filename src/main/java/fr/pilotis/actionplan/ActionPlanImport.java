package fr.pilotis.actionplan;

import fr.pilotis.shared.Actor;
import fr.pilotis.shared.AuditTrail;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a group's collective plan from its workbook: a row with the reference of one of the
 * group's actions updates it, a row without reference adds an action; actions of the plan absent
 * from the file are left as they are. One problem anywhere and nothing is imported.
 */
@Service
@Transactional
class ActionPlanImport {

    /** How many actions the import added and updated. */
    record Result(int created, int updated) {}

    private final ActionPlans plans;
    private final AuditTrail audit;

    ActionPlanImport(ActionPlans plans, AuditTrail audit) {
        this.plans = plans;
        this.audit = audit;
    }

    Result importInto(long groupId, byte[] bytes, Actor actor) {
        PlanChoices choices = plans.choicesForGroup(groupId);
        Set<Long> known = plans.ofGroup(groupId).stream().map(ActionView::id).collect(Collectors.toSet());
        int created = 0;
        int updated = 0;
        for (ActionPlanWorkbookReader.ImportedRow row : ActionPlanWorkbookReader.read(bytes, choices, known)) {
            if (row.reference() == null) {
                plans.createCollective(groupId, row.draft(), actor);
                created++;
            } else {
                plans.update(row.reference(), row.draft());
                updated++;
            }
        }
        audit.record("IMPORT", "ActionPlan", groupId, Map.of("created", created, "updated", updated));
        return new Result(created, updated);
    }
}
