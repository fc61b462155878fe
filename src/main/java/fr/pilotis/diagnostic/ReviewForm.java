package fr.pilotis.diagnostic;

/**
 * The expert's form for one criterion: {@code verdict} is {@link #AGREE} or the rating the expert
 * finds instead of the structure's.
 */
public class ReviewForm {

    static final String AGREE = "AGREE";

    private String verdict;
    private String comment;
    private Integer version;

    static ReviewForm of(AnswerView answer) {
        ReviewForm form = new ReviewForm();
        if (answer.reviewRating() != null) {
            form.verdict = answer.reviewRating() == answer.rating()
                    ? AGREE
                    : answer.reviewRating().name();
        }
        form.comment = answer.reviewComment();
        form.version = answer.version();
        return form;
    }

    /** The review to save; an unknown verdict is refused by the caller before this is asked. */
    ReviewInput input() {
        boolean agrees = AGREE.equals(verdict);
        Rating rating = agrees || verdict == null || verdict.isBlank() ? null : Rating.valueOf(verdict);
        return new ReviewInput(agrees, rating, comment, version);
    }

    boolean hasKnownVerdict() {
        if (verdict == null || verdict.isBlank() || AGREE.equals(verdict)) {
            return true;
        }
        try {
            Rating.valueOf(verdict);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    ReviewForm onVersion(Integer otherVersion) {
        ReviewForm form = new ReviewForm();
        form.verdict = verdict;
        form.comment = comment;
        form.version = otherVersion;
        return form;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
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
