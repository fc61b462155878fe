package fr.pilotis.diagnostic;

/**
 * A campaign on a structure's list of diagnostics: its diagnostic if it has one (null otherwise),
 * how far it is answered, and whether the referent may start it now.
 */
record StructureDiagnosticLine(
        CampaignView campaign, DiagnosticSummary diagnostic, long answered, int total, boolean canStart) {

    public int percent() {
        return total == 0 ? 0 : (int) (answered * 100 / total);
    }
}
