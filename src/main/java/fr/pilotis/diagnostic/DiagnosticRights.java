package fr.pilotis.diagnostic;

/** What the signed-in person may do on a diagnostic now, given their role and its state. */
public record DiagnosticRights(boolean answer, boolean review, boolean signOff) {

    static final DiagnosticRights READ_ONLY = new DiagnosticRights(false, false, false);
}
