package fr.pilotis.impact;

/** The referent's form for a year's impact data. */
public class ImpactYearForm {

    private Integer year;
    private Integer clientsServed;
    private SurveyMode surveyMode = SurveyMode.TOTALS;
    private Integer questionnairesSent;
    private Integer questionnairesReturned;
    private Integer verySatisfied;
    private Integer satisfied;
    private Integer notVerySatisfied;
    private Integer notSatisfied;
    private String qualitativeBenefits;

    static ImpactYearForm of(int year, ImpactYearInput input) {
        ImpactYearForm form = new ImpactYearForm();
        form.year = year;
        form.clientsServed = input.clientsServed();
        form.surveyMode = input.surveyMode();
        form.questionnairesSent = input.questionnairesSent();
        form.questionnairesReturned = input.questionnairesReturned();
        form.verySatisfied = input.verySatisfied();
        form.satisfied = input.satisfied();
        form.notVerySatisfied = input.notVerySatisfied();
        form.notSatisfied = input.notSatisfied();
        form.qualitativeBenefits = input.qualitativeBenefits();
        return form;
    }

    ImpactYearInput input() {
        return new ImpactYearInput(
                clientsServed,
                surveyMode,
                questionnairesSent,
                questionnairesReturned,
                verySatisfied,
                satisfied,
                notVerySatisfied,
                notSatisfied,
                qualitativeBenefits);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getClientsServed() {
        return clientsServed;
    }

    public void setClientsServed(Integer clientsServed) {
        this.clientsServed = clientsServed;
    }

    public SurveyMode getSurveyMode() {
        return surveyMode;
    }

    public void setSurveyMode(SurveyMode surveyMode) {
        this.surveyMode = surveyMode;
    }

    public Integer getQuestionnairesSent() {
        return questionnairesSent;
    }

    public void setQuestionnairesSent(Integer questionnairesSent) {
        this.questionnairesSent = questionnairesSent;
    }

    public Integer getQuestionnairesReturned() {
        return questionnairesReturned;
    }

    public void setQuestionnairesReturned(Integer questionnairesReturned) {
        this.questionnairesReturned = questionnairesReturned;
    }

    public Integer getVerySatisfied() {
        return verySatisfied;
    }

    public void setVerySatisfied(Integer verySatisfied) {
        this.verySatisfied = verySatisfied;
    }

    public Integer getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Integer satisfied) {
        this.satisfied = satisfied;
    }

    public Integer getNotVerySatisfied() {
        return notVerySatisfied;
    }

    public void setNotVerySatisfied(Integer notVerySatisfied) {
        this.notVerySatisfied = notVerySatisfied;
    }

    public Integer getNotSatisfied() {
        return notSatisfied;
    }

    public void setNotSatisfied(Integer notSatisfied) {
        this.notSatisfied = notSatisfied;
    }

    public String getQualitativeBenefits() {
        return qualitativeBenefits;
    }

    public void setQualitativeBenefits(String qualitativeBenefits) {
        this.qualitativeBenefits = qualitativeBenefits;
    }
}
