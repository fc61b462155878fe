package fr.pilotis.deliverable;

import fr.pilotis.access.Role;
import java.time.LocalDate;

/** A requirement: what, for whom, who fills it, when due; {@code fromReferential} for key deliverables. */
public record RequirementView(
        long id,
        String title,
        String description,
        Long criterionId,
        RequirementScope scope,
        Role filledBy,
        LocalDate dueOn,
        boolean fromReferential) {}
