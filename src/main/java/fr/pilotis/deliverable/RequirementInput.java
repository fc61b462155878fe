package fr.pilotis.deliverable;

import fr.pilotis.access.Role;
import java.time.LocalDate;

/** A requirement as a pilot, an expert or the admin adds it; the scope is checked by the caller. */
public record RequirementInput(
        String title, String description, Long criterionId, RequirementScope scope, Role filledBy, LocalDate dueOn) {}
