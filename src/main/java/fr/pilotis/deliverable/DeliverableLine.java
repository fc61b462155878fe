package fr.pilotis.deliverable;

import fr.pilotis.access.Role;
import java.time.Instant;
import java.time.LocalDate;

/** A deliverable as lists show it: what, for which structure, who fills it, when due, where it stands. */
public record DeliverableLine(
        long id,
        long structureId,
        long requirementId,
        String title,
        Long criterionId,
        Role filledBy,
        LocalDate dueOn,
        DeliverableStatus status,
        Instant submittedAt,
        Instant validatedAt) {

    /** Due and not yet filed or still to correct on that day. */
    public boolean isOverdueOn(LocalDate today) {
        return dueOn != null
                && dueOn.isBefore(today)
                && (status == DeliverableStatus.EXPECTED || status == DeliverableStatus.CHANGES_REQUESTED);
    }
}
