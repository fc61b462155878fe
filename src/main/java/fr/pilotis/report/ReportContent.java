package fr.pilotis.report;

import java.time.LocalDate;

/**
 * What a report's writer types (both forms share it: a UT report leaves the structure-only parts
 * empty and the other way round). « Difficulties » are territorial / with the structures / inside
 * the structure; a UT's are « met by the UT » (territorial) and « met by the structures ».
 */
public record ReportContent(
        LocalDate madeOn,
        String madeAt,
        String madeBy,
        String authorName,
        String authorFunction,
        String authorEmail,
        String authorPhone,
        String themesStudied,
        String actionPlanProgress,
        String networkDynamic,
        String exchanges,
        String organisationalMeasures,
        String finishedTools,
        String benefitEfficiency,
        String benefitUserRelations,
        String benefitInformation,
        String benefitMissions,
        String benefitPractices,
        String benefitServiceQuality,
        String benefitTraceability,
        String benefitRiskControl,
        String benefitCommunication,
        String deliverables,
        String difficultiesTerritorial,
        String difficultiesStructures,
        String difficultiesInternal,
        String remarks) {

    public static ReportContent empty() {
        return new ReportContent(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy with the author's details filled (pre-filled from the profile). */
    public ReportContent withAuthor(String name, String function, String email, String phone) {
        return new ReportContent(
                madeOn,
                madeAt,
                madeBy,
                name,
                function,
                email,
                phone,
                themesStudied,
                actionPlanProgress,
                networkDynamic,
                exchanges,
                organisationalMeasures,
                finishedTools,
                benefitEfficiency,
                benefitUserRelations,
                benefitInformation,
                benefitMissions,
                benefitPractices,
                benefitServiceQuality,
                benefitTraceability,
                benefitRiskControl,
                benefitCommunication,
                deliverables,
                difficultiesTerritorial,
                difficultiesStructures,
                difficultiesInternal,
                remarks);
    }

    /** A copy made on this day by this person (pre-filled when a draft is opened). */
    public ReportContent withMade(LocalDate on, String by) {
        return new ReportContent(
                on,
                madeAt,
                by,
                authorName,
                authorFunction,
                authorEmail,
                authorPhone,
                themesStudied,
                actionPlanProgress,
                networkDynamic,
                exchanges,
                organisationalMeasures,
                finishedTools,
                benefitEfficiency,
                benefitUserRelations,
                benefitInformation,
                benefitMissions,
                benefitPractices,
                benefitServiceQuality,
                benefitTraceability,
                benefitRiskControl,
                benefitCommunication,
                deliverables,
                difficultiesTerritorial,
                difficultiesStructures,
                difficultiesInternal,
                remarks);
    }

    /** The text of one of the nine benefit dimensions. */
    public String benefit(BenefitDimension dimension) {
        return switch (dimension) {
            case EFFICIENCY -> benefitEfficiency;
            case USER_RELATIONS -> benefitUserRelations;
            case INFORMATION -> benefitInformation;
            case MISSIONS -> benefitMissions;
            case PRACTICES -> benefitPractices;
            case SERVICE_QUALITY -> benefitServiceQuality;
            case TRACEABILITY -> benefitTraceability;
            case RISK_CONTROL -> benefitRiskControl;
            case COMMUNICATION -> benefitCommunication;
        };
    }
}
