package fr.pilotis.impact;

/**
 * What the referent types for a year. In {@link SurveyMode#QUESTIONNAIRES} mode the returned count
 * and the answers are ignored: they are counted from the questionnaire rows.
 */
public record ImpactYearInput(
        Integer clientsServed,
        SurveyMode surveyMode,
        Integer questionnairesSent,
        Integer questionnairesReturned,
        Integer verySatisfied,
        Integer satisfied,
        Integer notVerySatisfied,
        Integer notSatisfied,
        String qualitativeBenefits) {}
