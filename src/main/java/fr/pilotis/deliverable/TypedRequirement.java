package fr.pilotis.deliverable;

import java.io.Serializable;

/** What was typed in a refused requirement form, shown again after the redirect so that nothing is lost. */
record TypedRequirement(String title, String description, Long criterionId, String scope, String filledBy, String dueOn)
        implements Serializable {}
