package fr.pilotis.impact;

/**
 * How a structure records its satisfaction survey for a year: the totals typed in, or one row per
 * returned questionnaire from which Pilotis counts the totals. A year is in one mode at a time, so
 * that no figure is counted twice.
 */
public enum SurveyMode {
    TOTALS,
    QUESTIONNAIRES
}
