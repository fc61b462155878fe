package fr.pilotis.diagnostic;

import java.time.ZonedDateTime;

/** One changed field in a criterion's history, in Paris time. */
record HistoryLine(ZonedDateTime at, String who, String kind, String field, String oldValue, String newValue) {

    static HistoryLine of(AnswerChangeView change) {
        return new HistoryLine(
                change.changedAt().atZone(SelfDiagnostics.PARIS),
                change.changedByName(),
                change.kind(),
                change.field(),
                change.oldValue(),
                change.newValue());
    }

    /** Ratings are stored by name and shown by their label. */
    public boolean isRating() {
        return "rating".equals(field);
    }
}
