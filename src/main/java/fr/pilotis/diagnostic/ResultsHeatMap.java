package fr.pilotis.diagnostic;

import fr.pilotis.referential.ThemeView;
import java.util.List;

/**
 * Slide 7's table coloured as a heat map: a row per structure (or per UT), a column per theme and
 * the module, the average row, and how many structures have not submitted yet.
 */
public record ResultsHeatMap(
        ResultsCampaignChoice choice, List<ThemeView> themes, List<Row> rows, Row average, ResultsProgress progress) {

    public record Row(long id, String label, List<Cell> cells, Cell module, long structureCount) {}

    /** A rate in percent (null: nothing applicable) and its colour band of 10 points. */
    public record Cell(Double rate) {

        public String band() {
            if (rate == null) {
                return "heat-none";
            }
            return "heat-" + (int) Math.min(10, Math.max(0, Math.floor(rate / 10)));
        }
    }

    static ResultsHeatMap of(ResultsCampaignChoice choice, ResultsTable table, ResultsProgress progress) {
        return new ResultsHeatMap(
                choice,
                table.themes(),
                table.rows().stream().map(r -> row(table, r)).toList(),
                row(table, table.average()),
                progress);
    }

    private static Row row(ResultsTable table, ResultsTable.Row row) {
        return new Row(
                row.id(),
                row.label(),
                table.themes().stream().map(t -> new Cell(row.rate(t.code()))).toList(),
                new Cell(row.moduleRate()),
                row.structureCount());
    }
}
