package fr.pilotis.report;

import fr.pilotis.indicator.Aggregate;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorValue;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.indicator.ScopeIndicators;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The figures a report shows, taken from {@link Indicators} (never recomputed here): a UT's every
 * indicator for the report's year over the UT's structures, as its dashboard gives them; a
 * structure's per-structure indicators for each programme year up to the report's, each the
 * aggregate of the structure's single figure (what the dashboard shows for that one structure).
 */
@Component
class ReportFigures {

    static final int FIRST_YEAR = Semester.FIRST.year();

    private final Indicators indicators;
    private final OrganisationDirectory directory;

    ReportFigures(Indicators indicators, OrganisationDirectory directory) {
        this.indicators = indicators;
        this.directory = directory;
    }

    FigureTable ofUnion(long unionId, int year) {
        ScopeIndicators values = indicators.values(year, unionScope(unionId));
        List<FigureRow> rows = new ArrayList<>();
        for (IndicatorValue value : values.values()) {
            List<Double> column = new ArrayList<>();
            column.add(value.value());
            rows.add(new FigureRow(value.definition().code(), value.definition(), column));
        }
        return new FigureTable(List.of(year), rows, null);
    }

    FigureTable ofStructure(StructureSummary structure, int upToYear) {
        return ofStructures(List.of(structure), upToYear).get(structure.id());
    }

    /** The structure tables of many structures at once: one bulk read per year (the demo's history). */
    Map<Long, FigureTable> ofStructures(List<StructureSummary> structures, int upToYear) {
        List<Integer> years =
                IntStream.rangeClosed(FIRST_YEAR, upToYear).boxed().toList();
        List<IndicatorDefinition> definitions = indicators.perStructureDefinitions();
        Map<Long, Map<String, Double[]>> values = new HashMap<>();
        for (int column = 0; column < years.size(); column++) {
            Map<Long, Map<String, StructureFigure>> figures =
                    indicators.figures(years.get(column), structures, definitions);
            for (StructureSummary structure : structures) {
                Map<String, StructureFigure> own = figures.getOrDefault(structure.id(), Map.of());
                Map<String, Double[]> rows = values.computeIfAbsent(structure.id(), id -> new LinkedHashMap<>());
                for (IndicatorDefinition definition : definitions) {
                    if (!definition.appliesTo(structure.type())) {
                        continue;
                    }
                    Aggregate aggregate = new Aggregate(definition);
                    StructureFigure figure = own.get(definition.code());
                    if (figure != null) {
                        aggregate.add(figure);
                    }
                    rows.computeIfAbsent(definition.code(), c -> new Double[years.size()])[column] = aggregate.value();
                }
            }
        }
        Map<String, IndicatorDefinition> byCode = new HashMap<>();
        definitions.forEach(d -> byCode.put(d.code(), d));
        Map<Long, FigureTable> tables = new HashMap<>();
        values.forEach((id, rows) -> {
            List<FigureRow> table = new ArrayList<>();
            rows.forEach((code, column) -> table.add(new FigureRow(code, byCode.get(code), Arrays.asList(column))));
            tables.put(id, new FigureTable(years, table, null));
        });
        return tables;
    }

    /**
     * A snapshot read back ({@link FigureTable#encode()}): the years the report had, rows in the
     * order the indicators are defined now, a code no longer defined shown as is, last.
     */
    FigureTable ofSnapshot(String snapshot, Instant asOf) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        Map<String, Map<Integer, Double>> byCode = new LinkedHashMap<>();
        for (String line : (snapshot == null ? "" : snapshot).split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 3) {
                continue;
            }
            int year = Integer.parseInt(parts[0]);
            years.add(year);
            Map<Integer, Double> column = byCode.computeIfAbsent(parts[1], c -> new HashMap<>());
            if (!parts[2].isEmpty()) {
                column.put(year, Double.valueOf(parts[2]));
            }
        }
        List<Integer> yearList = List.copyOf(years);
        List<FigureRow> rows = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (IndicatorDefinition definition : indicators.definitions()) {
            Map<Integer, Double> values = byCode.get(definition.code());
            if (values != null) {
                rows.add(new FigureRow(
                        definition.code(),
                        definition,
                        yearList.stream().map(values::get).toList()));
                placed.add(definition.code());
            }
        }
        byCode.forEach((code, values) -> {
            if (!placed.contains(code)) {
                rows.add(new FigureRow(
                        code, null, yearList.stream().map(values::get).toList()));
            }
        });
        return new FigureTable(yearList, rows, asOf);
    }

    List<StructureSummary> structuresOfUnion(long unionId) {
        return directory.structures(unionScope(unionId));
    }

    static StructureScope unionScope(long unionId) {
        return new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
    }
}
