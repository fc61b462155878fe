package fr.pilotis.report;

import java.time.Instant;
import java.util.List;

/**
 * A report's indicators: one column per year (a UT report has its year, a structure report each
 * year of the programme up to its own). {@code asOf} is the submission time for snapshotted figures,
 * none for a draft's live figures.
 */
public record FigureTable(List<Integer> years, List<FigureRow> rows, Instant asOf) {

    public FigureTable {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** The same table without the years after this one (a report of an earlier year). */
    public FigureTable upTo(int year) {
        int keep = (int) years.stream().filter(y -> y <= year).count();
        return new FigureTable(
                years.subList(0, keep),
                rows.stream()
                        .map(r -> new FigureRow(
                                r.code(), r.definition(), r.values().subList(0, keep)))
                        .toList(),
                asOf);
    }

    /** The snapshot stored with a submitted report: one line per indicator and year, "year TAB code TAB value". */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (FigureRow row : rows) {
            for (int column = 0; column < years.size(); column++) {
                Double value = row.values().get(column);
                text.append(years.get(column))
                        .append('\t')
                        .append(row.code())
                        .append('\t')
                        .append(value == null ? "" : Double.toString(value))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The value of an indicator for a year, if the table has it. */
    public Double value(String code, int year) {
        int column = years.indexOf(year);
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(r -> column < 0 ? null : r.values().get(column))
                .orElse(null);
    }
}
