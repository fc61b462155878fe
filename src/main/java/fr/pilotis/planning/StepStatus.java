package fr.pilotis.planning;

public enum StepStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    POSTPONED,
    CANCELLED;

    /** Whether the step still lies ahead (shown in the agenda). */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == POSTPONED;
    }
}
