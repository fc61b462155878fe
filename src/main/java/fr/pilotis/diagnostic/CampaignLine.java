package fr.pilotis.diagnostic;

import fr.pilotis.referential.ReferentialSummary;
import java.util.Map;

/** A campaign in the network admin's list, with its diagnostics counted by status. */
record CampaignLine(CampaignView campaign, ReferentialSummary referential, Map<DiagnosticStatus, Long> counts) {

    public long count(DiagnosticStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
