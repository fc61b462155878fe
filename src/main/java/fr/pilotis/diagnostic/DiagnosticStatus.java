package fr.pilotis.diagnostic;

/** Where a self-diagnostic stands: the referent fills it, submits it, the expert validates or returns it. */
public enum DiagnosticStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VALIDATED;

    /** The structure may change its answers. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counts in the averages: the referent submitted it (it may since have been validated). */
    public boolean isSubmitted() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
