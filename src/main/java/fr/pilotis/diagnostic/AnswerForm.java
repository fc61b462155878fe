package fr.pilotis.diagnostic;

/** The referent's form for one criterion, as typed (kept as typed when refused). */
public class AnswerForm {

    private Rating rating;
    private String justification;
    private String comment;
    private Integer version;

    static AnswerForm of(AnswerView answer) {
        AnswerForm form = new AnswerForm();
        form.rating = answer.rating();
        form.justification = answer.justification();
        form.comment = answer.comment();
        form.version = answer.version();
        return form;
    }

    AnswerInput input() {
        return new AnswerInput(rating, justification, comment, version);
    }

    /** The same typed values on top of another version: saving again overwrites it knowingly. */
    AnswerForm onVersion(Integer otherVersion) {
        AnswerForm form = new AnswerForm();
        form.rating = rating;
        form.justification = justification;
        form.comment = comment;
        form.version = otherVersion;
        return form;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
