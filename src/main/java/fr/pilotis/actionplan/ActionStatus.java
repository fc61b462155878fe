package fr.pilotis.actionplan;

/** Where an action stands: à faire, en cours, fait, abandonné. */
public enum ActionStatus {
    TODO,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    /** Finished one way or another: no longer overdue. */
    public boolean isClosed() {
        return this == DONE || this == ABANDONED;
    }
}
