package fr.pilotis.diagnostic;

import java.util.Map;

/** A submitted diagnostic's counts on each basis it has: declared once submitted, validated once validated. */
record ResultsOfDiagnostic(
        long diagnosticId, long campaignId, int year, DiagnosticStatus status, Map<RateBasis, ResultsCounts> counts) {

    ResultsCounts on(RateBasis basis) {
        return counts.get(basis);
    }

    boolean isValidated() {
        return status == DiagnosticStatus.VALIDATED && counts.containsKey(RateBasis.VALIDATED);
    }
}
