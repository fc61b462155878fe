package fr.pilotis.diagnostic;

/** What the last save of a criterion's form said, shown in its block (and read by diagnostic.js). */
public enum SaveState {
    NONE,
    SAVED,
    INVALID,
    CONFLICT;

    /** The value of the block's {@code data-save-state}. */
    public String marker() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
