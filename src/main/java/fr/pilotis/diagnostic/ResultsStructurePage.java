package fr.pilotis.diagnostic;

import java.util.List;

/**
 * One structure's results for a campaign: its rates declared and validated side by side (module,
 * levels, themes) with the UT and network averages it may see, the radar and evolution charts'
 * data, and the criteria its latest submitted diagnostic does not meet.
 */
public record ResultsStructurePage(
        ResultsCampaignChoice choice,
        Long diagnosticId,
        DiagnosticStatus status,
        boolean hasDeclared,
        boolean hasValidated,
        List<Line> lines,
        Averages averages,
        String radarJson,
        List<EvolutionPoint> evolution,
        String evolutionJson,
        NotMet notMet) {

    /** A row of the rates table: the module, a level or a theme. */
    public record Line(
            String kind,
            String code,
            String title,
            ConformityRate declared,
            ConformityRate validated,
            Double unionAverage,
            Double networkAverage) {

        public boolean isModule() {
            return "module".equals(kind);
        }

        public boolean isLevel() {
            return "level".equals(kind);
        }
    }

    /** Whether the UT's and the network's averages are shown, and over how many structures. */
    public record Averages(boolean unionShown, long unionCount, boolean networkShown, long networkCount) {}

    /** One campaign of the structure's history. */
    public record EvolutionPoint(
            int year,
            DiagnosticStatus status,
            Double declared,
            Double validated,
            int declaredPartial,
            Integer validatedPartial) {}

    /** The criteria rated Partiel or Non conforme in the latest submitted diagnostic (the expert's rating once validated). */
    public record NotMet(Integer year, boolean validated, List<Criterion> criteria) {

        public boolean isEmpty() {
            return criteria.isEmpty();
        }
    }

    public record Criterion(
            long criterionId,
            String code,
            String themeCode,
            int level,
            String title,
            Rating declared,
            Rating validated) {

        public Rating effective() {
            return validated != null ? validated : declared;
        }
    }
}
