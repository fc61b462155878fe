package fr.pilotis.indicator;

import java.util.List;

/** A dashboard as its template reads it: every indicator by family, one column per year with data. */
public record Dashboard(List<Integer> years, List<Family> families, int structures) {

    /** One family's indicators and, when some are percentages, their evolution as chart data (JSON). */
    public record Family(IndicatorFamily family, List<Row> rows, String chartData) {}

    /** One indicator: its label, unit and the displayed value of each year (empty when none). */
    public record Row(String code, String label, String unit, List<String> values) {}

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
