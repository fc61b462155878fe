package fr.pilotis.impact;

/** The four answers of the satisfaction questionnaire. */
public enum SatisfactionLevel {
    VERY_SATISFIED,
    SATISFIED,
    NOT_VERY_SATISFIED,
    NOT_SATISFIED
}
