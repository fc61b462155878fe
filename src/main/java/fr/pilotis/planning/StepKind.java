package fr.pilotis.planning;

/** The kinds of planning step named by the launch-day slides (slides 16–18). */
public enum StepKind {
    FRAMING,
    LAUNCH,
    COLLECTIVE_SESSION,
    SEMESTER_REPORT,
    ANNUAL_DIAGNOSTIC,
    OTHER
}
