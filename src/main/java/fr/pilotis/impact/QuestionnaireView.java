package fr.pilotis.impact;

import java.time.LocalDate;

/** A returned questionnaire as the impact page lists it. */
public record QuestionnaireView(long id, LocalDate returnedOn, SatisfactionLevel answer) {}
