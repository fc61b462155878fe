package fr.pilotis.report;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The report form as bound from the request: every field, so that nothing typed is lost on a refusal. */
public class ReportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate madeOn;

    private String madeAt;
    private String madeBy;
    private String authorName;
    private String authorFunction;
    private String authorEmail;
    private String authorPhone;
    private String themesStudied;
    private String actionPlanProgress;
    private String networkDynamic;
    private String exchanges;
    private String organisationalMeasures;
    private String finishedTools;
    private String benefitEfficiency;
    private String benefitUserRelations;
    private String benefitInformation;
    private String benefitMissions;
    private String benefitPractices;
    private String benefitServiceQuality;
    private String benefitTraceability;
    private String benefitRiskControl;
    private String benefitCommunication;
    private String deliverables;
    private String difficultiesTerritorial;
    private String difficultiesStructures;
    private String difficultiesInternal;
    private String remarks;

    static ReportForm of(ReportContent c) {
        ReportForm form = new ReportForm();
        form.madeOn = c.madeOn();
        form.madeAt = c.madeAt();
        form.madeBy = c.madeBy();
        form.authorName = c.authorName();
        form.authorFunction = c.authorFunction();
        form.authorEmail = c.authorEmail();
        form.authorPhone = c.authorPhone();
        form.themesStudied = c.themesStudied();
        form.actionPlanProgress = c.actionPlanProgress();
        form.networkDynamic = c.networkDynamic();
        form.exchanges = c.exchanges();
        form.organisationalMeasures = c.organisationalMeasures();
        form.finishedTools = c.finishedTools();
        form.benefitEfficiency = c.benefitEfficiency();
        form.benefitUserRelations = c.benefitUserRelations();
        form.benefitInformation = c.benefitInformation();
        form.benefitMissions = c.benefitMissions();
        form.benefitPractices = c.benefitPractices();
        form.benefitServiceQuality = c.benefitServiceQuality();
        form.benefitTraceability = c.benefitTraceability();
        form.benefitRiskControl = c.benefitRiskControl();
        form.benefitCommunication = c.benefitCommunication();
        form.deliverables = c.deliverables();
        form.difficultiesTerritorial = c.difficultiesTerritorial();
        form.difficultiesStructures = c.difficultiesStructures();
        form.difficultiesInternal = c.difficultiesInternal();
        form.remarks = c.remarks();
        return form;
    }

    ReportContent content() {
        return new ReportContent(
                madeOn,
                madeAt,
                madeBy,
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

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public String getMadeAt() {
        return madeAt;
    }

    public void setMadeAt(String madeAt) {
        this.madeAt = madeAt;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public void setMadeBy(String madeBy) {
        this.madeBy = madeBy;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getAuthorFunction() {
        return authorFunction;
    }

    public void setAuthorFunction(String authorFunction) {
        this.authorFunction = authorFunction;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public void setAuthorEmail(String authorEmail) {
        this.authorEmail = authorEmail;
    }

    public String getAuthorPhone() {
        return authorPhone;
    }

    public void setAuthorPhone(String authorPhone) {
        this.authorPhone = authorPhone;
    }

    public String getThemesStudied() {
        return themesStudied;
    }

    public void setThemesStudied(String themesStudied) {
        this.themesStudied = themesStudied;
    }

    public String getActionPlanProgress() {
        return actionPlanProgress;
    }

    public void setActionPlanProgress(String actionPlanProgress) {
        this.actionPlanProgress = actionPlanProgress;
    }

    public String getNetworkDynamic() {
        return networkDynamic;
    }

    public void setNetworkDynamic(String networkDynamic) {
        this.networkDynamic = networkDynamic;
    }

    public String getExchanges() {
        return exchanges;
    }

    public void setExchanges(String exchanges) {
        this.exchanges = exchanges;
    }

    public String getOrganisationalMeasures() {
        return organisationalMeasures;
    }

    public void setOrganisationalMeasures(String organisationalMeasures) {
        this.organisationalMeasures = organisationalMeasures;
    }

    public String getFinishedTools() {
        return finishedTools;
    }

    public void setFinishedTools(String finishedTools) {
        this.finishedTools = finishedTools;
    }

    public String getBenefitEfficiency() {
        return benefitEfficiency;
    }

    public void setBenefitEfficiency(String benefitEfficiency) {
        this.benefitEfficiency = benefitEfficiency;
    }

    public String getBenefitUserRelations() {
        return benefitUserRelations;
    }

    public void setBenefitUserRelations(String benefitUserRelations) {
        this.benefitUserRelations = benefitUserRelations;
    }

    public String getBenefitInformation() {
        return benefitInformation;
    }

    public void setBenefitInformation(String benefitInformation) {
        this.benefitInformation = benefitInformation;
    }

    public String getBenefitMissions() {
        return benefitMissions;
    }

    public void setBenefitMissions(String benefitMissions) {
        this.benefitMissions = benefitMissions;
    }

    public String getBenefitPractices() {
        return benefitPractices;
    }

    public void setBenefitPractices(String benefitPractices) {
        this.benefitPractices = benefitPractices;
    }

    public String getBenefitServiceQuality() {
        return benefitServiceQuality;
    }

    public void setBenefitServiceQuality(String benefitServiceQuality) {
        this.benefitServiceQuality = benefitServiceQuality;
    }

    public String getBenefitTraceability() {
        return benefitTraceability;
    }

    public void setBenefitTraceability(String benefitTraceability) {
        this.benefitTraceability = benefitTraceability;
    }

    public String getBenefitRiskControl() {
        return benefitRiskControl;
    }

    public void setBenefitRiskControl(String benefitRiskControl) {
        this.benefitRiskControl = benefitRiskControl;
    }

    public String getBenefitCommunication() {
        return benefitCommunication;
    }

    public void setBenefitCommunication(String benefitCommunication) {
        this.benefitCommunication = benefitCommunication;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(String deliverables) {
        this.deliverables = deliverables;
    }

    public String getDifficultiesTerritorial() {
        return difficultiesTerritorial;
    }

    public void setDifficultiesTerritorial(String difficultiesTerritorial) {
        this.difficultiesTerritorial = difficultiesTerritorial;
    }

    public String getDifficultiesStructures() {
        return difficultiesStructures;
    }

    public void setDifficultiesStructures(String difficultiesStructures) {
        this.difficultiesStructures = difficultiesStructures;
    }

    public String getDifficultiesInternal() {
        return difficultiesInternal;
    }

    public void setDifficultiesInternal(String difficultiesInternal) {
        this.difficultiesInternal = difficultiesInternal;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
