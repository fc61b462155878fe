package fr.pilotis.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * An action as pages and exports show it.
 *
 * @param ownerKey {@code P<id>} for a person, {@code S<id>} for a structure, null without owner
 * @param ownerReference the owner as the workbook names it: a person's email, a structure's FINESS
 */
public record ActionView(
        long id,
        Long workingGroupId,
        Long structureId,
        String title,
        String description,
        String ownerKey,
        String ownerName,
        String ownerReference,
        LocalDate startsOn,
        LocalDate dueOn,
        ActionPriority priority,
        ActionStatus status,
        int progress,
        LocalDate doneOn,
        boolean overdue,
        List<Tag> themes,
        List<Tag> criteria) {

    /** A theme or criterion linked to the action. */
    public record Tag(long id, String code, String title) {}

    public boolean isCollective() {
        return workingGroupId != null;
    }

    public boolean hasTheme(String code) {
        return themes.stream().anyMatch(t -> t.code().equals(code));
    }
}
