package fr.pilotis.diagnostic;

import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.ThemeView;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything the diagnostic page shows for one theme. */
public record DiagnosticPage(
        DiagnosticView diagnostic,
        StructureSummary structure,
        ThemeView theme,
        List<ThemeTab> themes,
        List<CriterionBlock> blocks,
        DiagnosticRights rights,
        boolean campaignOpen,
        long answered,
        long reviewed,
        int total) {

    public int percentAnswered() {
        return total == 0 ? 0 : (int) (answered * 100 / total);
    }

    /** The theme's criteria of one level (1 or 2), in the référentiel's order. */
    public List<CriterionBlock> blocksOfLevel(int level) {
        return blocks.stream().filter(b -> b.criterion().level() == level).toList();
    }

    public long missing() {
        return total - answered;
    }

    public ZonedDateTime paris(Instant at) {
        return at == null ? null : at.atZone(SelfDiagnostics.PARIS);
    }
}
