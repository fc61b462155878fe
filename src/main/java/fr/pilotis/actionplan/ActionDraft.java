package fr.pilotis.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What a person (or an import, or a meeting's decision) asks an action to be. Checked as a whole by
 * {@link ActionPlans}: a refused draft saves nothing.
 *
 * @param ownerPersonId a person of the plan's group or structure, or null
 * @param ownerStructureId a structure of the plan's group (collective plans only), or null
 * @param progress 0 to 100; null counts as 0
 */
public record ActionDraft(
        String title,
        String description,
        Set<Long> themeIds,
        Set<Long> criterionIds,
        Long ownerPersonId,
        Long ownerStructureId,
        LocalDate startsOn,
        LocalDate dueOn,
        ActionPriority priority,
        ActionStatus status,
        Integer progress) {

    public ActionDraft {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        criterionIds = criterionIds == null ? Set.of() : Set.copyOf(criterionIds);
    }

    /** A new action to do, of medium priority and without owner: what a decision in minutes becomes. */
    public static ActionDraft of(String title, String description, Collection<Long> criterionIds, LocalDate dueOn) {
        return new ActionDraft(
                title,
                description,
                Set.of(),
                Set.copyOf(criterionIds),
                null,
                null,
                null,
                dueOn,
                ActionPriority.MEDIUM,
                ActionStatus.TODO,
                0);
    }
}
