package fr.pilotis.diagnostic;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialVersion;
import java.time.Instant;
import java.util.Map;

/** A diagnostic with its référentiel version and every answer, as the diagnostic page shows it. */
public record DiagnosticView(
        long id,
        long structureId,
        CampaignView campaign,
        DiagnosticStatus status,
        Instant submittedAt,
        Instant directorSignedAt,
        Instant validatedAt,
        String returnNote,
        ReferentialVersion referential,
        Map<Long, AnswerView> answers) {

    public AnswerView answerTo(CriterionView criterion) {
        return answers.getOrDefault(criterion.id(), AnswerView.unanswered(criterion.id()));
    }

    public long answeredCount() {
        return answers.values().stream().filter(AnswerView::isAnswered).count();
    }

    public long reviewedCount() {
        return answers.values().stream().filter(AnswerView::isReviewed).count();
    }

    public int criterionCount() {
        return referential.criteria().size();
    }

    public boolean isComplete() {
        return answeredCount() == criterionCount();
    }

    public boolean awaitsSignOff() {
        return campaign.directorSignOff() && status == DiagnosticStatus.SUBMITTED && directorSignedAt == null;
    }
}
