package fr.pilotis.impact;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

/** A structure's impact data for one year: clients served, survey totals, qualitative benefits. */
@Entity
class ImpactYear extends TenantEntity {

    private long structureId;
    private int year;
    private Integer clientsServed;

    @Enumerated(EnumType.STRING)
    private SurveyMode surveyMode;

    private Integer questionnairesSent;
    private Integer questionnairesReturned;
    private Integer verySatisfied;
    private Integer satisfied;
    private Integer notVerySatisfied;
    private Integer notSatisfied;
    private String qualitativeBenefits;

    @Version
    private int lockVersion;

    protected ImpactYear() {}

    ImpactYear(long structureId, int year) {
        this.structureId = structureId;
        this.year = year;
        this.surveyMode = SurveyMode.TOTALS;
    }

    void update(ImpactYearInput input) {
        this.clientsServed = input.clientsServed();
        this.surveyMode = input.surveyMode();
        this.questionnairesSent = input.questionnairesSent();
        boolean totals = input.surveyMode() == SurveyMode.TOTALS;
        this.questionnairesReturned = totals ? input.questionnairesReturned() : null;
        this.verySatisfied = totals ? input.verySatisfied() : null;
        this.satisfied = totals ? input.satisfied() : null;
        this.notVerySatisfied = totals ? input.notVerySatisfied() : null;
        this.notSatisfied = totals ? input.notSatisfied() : null;
        this.qualitativeBenefits = input.qualitativeBenefits() == null
                        || input.qualitativeBenefits().isBlank()
                ? null
                : input.qualitativeBenefits().strip();
    }

    long getStructureId() {
        return structureId;
    }

    int getYear() {
        return year;
    }

    Integer getClientsServed() {
        return clientsServed;
    }

    SurveyMode getSurveyMode() {
        return surveyMode;
    }

    Integer getQuestionnairesSent() {
        return questionnairesSent;
    }

    Integer getQuestionnairesReturned() {
        return questionnairesReturned;
    }

    Integer getVerySatisfied() {
        return verySatisfied;
    }

    Integer getSatisfied() {
        return satisfied;
    }

    Integer getNotVerySatisfied() {
        return notVerySatisfied;
    }

    Integer getNotSatisfied() {
        return notSatisfied;
    }

    String getQualitativeBenefits() {
        return qualitativeBenefits;
    }
}
