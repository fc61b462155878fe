package fr.pilotis.report;

/**
 * The nine dimensions on which a structure reports its qualitative benefits (domain.md, slide 25).
 * Each is a short free text: the slide asks for observed benefits, not a score.
 */
public enum BenefitDimension {
    EFFICIENCY("benefitEfficiency"),
    USER_RELATIONS("benefitUserRelations"),
    INFORMATION("benefitInformation"),
    MISSIONS("benefitMissions"),
    PRACTICES("benefitPractices"),
    SERVICE_QUALITY("benefitServiceQuality"),
    TRACEABILITY("benefitTraceability"),
    RISK_CONTROL("benefitRiskControl"),
    COMMUNICATION("benefitCommunication");

    private final String field;

    BenefitDimension(String field) {
        this.field = field;
    }

    /** The form's and the report's property holding this dimension's text. */
    public String field() {
        return field;
    }
}
