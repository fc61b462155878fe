package fr.pilotis.impact;

/** How a complaint came in: the register records oral and written complaints alike. */
public enum ComplaintChannel {
    ORAL,
    WRITTEN
}
