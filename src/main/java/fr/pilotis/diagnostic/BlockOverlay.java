package fr.pilotis.diagnostic;

import java.util.List;

/**
 * What the last request did to one criterion, laid over what the database holds when its block is
 * drawn: saved, refused with the typed values, or in conflict with another person's value; or a
 * notice about its evidence files.
 */
record BlockOverlay(
        long criterionId,
        SaveState state,
        AnswerForm answerForm,
        ReviewForm reviewForm,
        List<FieldProblem> problems,
        AnswerView other,
        Notice notice) {

    BlockOverlay {
        problems = List.copyOf(problems);
    }

    static BlockOverlay saved(long criterionId) {
        return new BlockOverlay(criterionId, SaveState.SAVED, null, null, List.of(), null, null);
    }

    static BlockOverlay notice(Notice notice) {
        return new BlockOverlay(notice.criterionId(), SaveState.NONE, null, null, List.of(), null, notice);
    }
}
