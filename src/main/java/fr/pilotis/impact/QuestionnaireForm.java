package fr.pilotis.impact;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One returned questionnaire, as the referent types it. */
public class QuestionnaireForm {

    private Integer year;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate returnedOn;

    private SatisfactionLevel answer;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public SatisfactionLevel getAnswer() {
        return answer;
    }

    public void setAnswer(SatisfactionLevel answer) {
        this.answer = answer;
    }
}
