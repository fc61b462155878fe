package fr.pilotis.diagnostic;

import fr.pilotis.referential.ThemeView;
import java.util.List;

/**
 * The expert's table: per structure with a validated diagnostic, declared against validated rates
 * and the overestimation gap (declared − validated, in points) per theme and for the module,
 * largest module gap first.
 */
public record ResultsGapTable(ResultsCampaignChoice choice, List<ThemeView> themes, List<Row> rows) {

    /** A gap of at least this many points stands out. */
    public static final double LARGE_GAP = 15.0;

    public record Row(long structureId, String structureName, List<Cell> cells, Cell module) {}

    public record Cell(Double declared, Double validated) {

        public Double gap() {
            return declared == null || validated == null ? null : declared - validated;
        }

        public boolean large() {
            Double gap = gap();
            return gap != null && gap >= LARGE_GAP;
        }
    }

    static Row row(List<ThemeView> themes, GapRow gap) {
        return new Row(
                gap.structureId(),
                gap.structureName(),
                themes.stream()
                        .map(t -> new Cell(
                                gap.declared().get(t.code()), gap.validated().get(t.code())))
                        .toList(),
                new Cell(gap.declaredModule(), gap.validatedModule()));
    }
}
