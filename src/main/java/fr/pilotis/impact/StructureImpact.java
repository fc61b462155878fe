package fr.pilotis.impact;

/**
 * One structure's impact figures for a year, as every page, report and extract reads them. The
 * survey figures are the typed totals or the counts of the questionnaire rows, depending on the
 * year's {@link SurveyMode}; {@code entered} is false when the structure typed nothing for the year
 * (say so rather than show zeros). {@code qualitativeBenefits} is the structure's synthesis text:
 * no personal data, but shown only where the caller's page allows text.
 */
public record StructureImpact(
        long structureId,
        int year,
        boolean entered,
        SurveyMode surveyMode,
        Integer clientsServed,
        Integer questionnairesSent,
        Integer questionnairesReturned,
        Integer verySatisfied,
        Integer satisfied,
        Integer notVerySatisfied,
        Integer notSatisfied,
        int complaints,
        int complainingClients,
        String qualitativeBenefits) {

    public Double satisfiedRate() {
        return ImpactRates.satisfied(verySatisfied, satisfied, questionnairesReturned);
    }

    public Double unhappyRate() {
        return ImpactRates.unhappy(complainingClients, clientsServed);
    }

    /** Figures only: the same without the text, for funders. */
    public StructureImpact withoutText() {
        return new StructureImpact(
                structureId,
                year,
                entered,
                surveyMode,
                clientsServed,
                questionnairesSent,
                questionnairesReturned,
                verySatisfied,
                satisfied,
                notVerySatisfied,
                notSatisfied,
                complaints,
                complainingClients,
                null);
    }

    static StructureImpact none(long structureId, int year) {
        return new StructureImpact(
                structureId, year, false, SurveyMode.TOTALS, null, null, null, null, null, null, null, 0, 0, null);
    }
}
