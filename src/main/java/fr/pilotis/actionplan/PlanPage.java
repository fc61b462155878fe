package fr.pilotis.actionplan;

import fr.pilotis.referential.ThemeView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One plan as its page shows it: the actions that pass the filters, the plan's completion (over all
 * its actions, whatever the filters), the filter choices, and the board's columns.
 *
 * @param collective a working group's plan (true) or a structure's
 * @param planId the group's or the structure's id
 */
public record PlanPage(
        boolean collective,
        long planId,
        String name,
        List<ActionView> actions,
        Completion completion,
        Filter filter,
        List<OwnerChoice> owners,
        List<ThemeView> themes,
        boolean canWrite,
        boolean board) {

    /** What the reader asked to see; null means any. */
    public record Filter(ActionStatus status, String owner, String theme) {

        public boolean isActive() {
            return status != null || owner != null || theme != null;
        }

        boolean accepts(ActionView action) {
            return (status == null || action.status() == status)
                    && (owner == null || owner.equals(action.ownerKey()))
                    && (theme == null || action.hasTheme(theme));
        }
    }

    static PlanPage of(
            boolean collective,
            long planId,
            String name,
            List<ActionView> all,
            Filter filter,
            PlanChoices choices,
            boolean canWrite,
            boolean board) {
        return new PlanPage(
                collective,
                planId,
                name,
                all.stream().filter(filter::accepts).toList(),
                Completion.of(all),
                filter,
                choices.owners(),
                choices.themes(),
                canWrite,
                board);
    }

    /** The board: one column per status, in the order of the statuses. */
    public Map<ActionStatus, List<ActionView>> columns() {
        Map<ActionStatus, List<ActionView>> columns = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        actions.forEach(a -> columns.get(a.status()).add(a));
        return columns;
    }

    public String base() {
        return (collective ? "/groups/" : "/structures/") + planId + "/actions";
    }
}
