package fr.pilotis.diagnostic;

import fr.pilotis.referential.CriterionView;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One criterion on the diagnostic page, and the fragment an htmx save answers with: the
 * référentiel's text, the saved answer, what the form shows (as typed when refused), and the
 * outcome of the last save.
 *
 * @param other on a conflict, the value the other person saved in the meantime
 * @param draftKey where diagnostic.js keeps what is typed before it is saved
 */
public record CriterionBlock(
        long diagnosticId,
        CriterionView criterion,
        AnswerView answer,
        List<EvidenceView> evidence,
        CriterionMode mode,
        boolean canManageEvidence,
        AnswerForm answerForm,
        ReviewForm reviewForm,
        SaveState state,
        List<FieldProblem> problems,
        AnswerView other,
        Notice notice,
        String draftKey) {

    public CriterionBlock {
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
    }

    /** The anchor of the block, also its id: {@code criterion-4.2.1}. */
    public String anchor() {
        return "criterion-" + criterion.code();
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public FieldProblem problem(String field) {
        return problems.stream()
                .filter(p -> field.equals(p.field()))
                .findFirst()
                .orElse(null);
    }

    /** Problems that concern the whole form (a closed campaign, a submitted diagnostic). */
    public List<FieldProblem> generalProblems() {
        return problems.stream().filter(p -> p.field() == null).toList();
    }

    /** When the shown value was saved, in Paris time (null if never). */
    public ZonedDateTime savedAt() {
        Instant at = mode == CriterionMode.REVIEW ? answer.reviewedAt() : answer.updatedAt();
        return paris(at);
    }

    /** The server's time of the shown answer in epoch milliseconds, for diagnostic.js (0 if never). */
    public long savedAtMillis() {
        Instant at = mode == CriterionMode.REVIEW ? answer.reviewedAt() : answer.updatedAt();
        return at == null ? 0 : at.toEpochMilli();
    }

    /** The scale, for the form's radio buttons. */
    public Rating[] ratings() {
        return Rating.values();
    }

    public ZonedDateTime paris(Instant at) {
        return at == null ? null : at.atZone(SelfDiagnostics.PARIS);
    }
}
