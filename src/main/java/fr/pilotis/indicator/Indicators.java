package fr.pilotis.indicator;

import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one computation of every indicator: the providers give per-structure figures in bulk, the
 * {@link Aggregate} makes a scope's value. Pages, reports and extracts all come through here. The
 * scope is always one the caller may read (the controllers ask {@code AccessPolicy} for it).
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

    /** Structures asked of a provider at once: bulk, but a bounded array parameter. */
    static final int CHUNK = 5_000;

    private final List<IndicatorProvider> providers;
    private final OrganisationDirectory directory;

    Indicators(List<IndicatorProvider> providers, OrganisationDirectory directory) {
        this.providers = List.copyOf(providers);
        this.directory = directory;
    }

    /** Every indicator of every provider, in display order. */
    public List<IndicatorDefinition> definitions() {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        for (IndicatorProvider provider : providers) {
            for (IndicatorDefinition definition : provider.definitions()) {
                if (byCode.putIfAbsent(definition.code(), definition) != null) {
                    throw new IllegalStateException("Two providers define the indicator " + definition.code());
                }
            }
        }
        return byCode.values().stream()
                .sorted(Comparator.comparing(IndicatorDefinition::order).thenComparing(IndicatorDefinition::code))
                .toList();
    }

    /** The indicators that are a figure per structure: the extract's columns. */
    public List<IndicatorDefinition> perStructureDefinitions() {
        return definitions().stream().filter(IndicatorDefinition::perStructure).toList();
    }

    /** The years for which some provider holds recorded data, oldest first. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        providers.forEach(p -> years.addAll(p.years()));
        return years;
    }

    public boolean hasData(int year) {
        return providers.stream().anyMatch(p -> p.years().contains(year));
    }

    /**
     * The figures of these structures for the year, by structure id and indicator code, each
     * indicator only for the structure types it applies to.
     */
    public Map<Long, Map<String, StructureFigure>> figures(
            int year, List<StructureSummary> structures, List<IndicatorDefinition> definitions) {
        Map<String, IndicatorDefinition> byCode = new HashMap<>();
        definitions.forEach(d -> byCode.put(d.code(), d));
        Map<Long, StructureSummary> byId = new HashMap<>();
        structures.forEach(s -> byId.put(s.id(), s));
        Map<Long, Map<String, StructureFigure>> figures = new HashMap<>();
        for (int from = 0; from < structures.size(); from += CHUNK) {
            List<Long> ids = structures.subList(from, Math.min(structures.size(), from + CHUNK)).stream()
                    .map(StructureSummary::id)
                    .toList();
            for (IndicatorProvider provider : providers) {
                for (StructureFigure figure : provider.structureFigures(year, ids)) {
                    IndicatorDefinition definition = byCode.get(figure.code());
                    StructureSummary structure = byId.get(figure.structureId());
                    if (definition != null && structure != null && definition.appliesTo(structure.type())) {
                        figures.computeIfAbsent(figure.structureId(), id -> new HashMap<>())
                                .put(figure.code(), figure);
                    }
                }
            }
        }
        return figures;
    }

    /** Every indicator over the structures of a scope for a year. */
    public ScopeIndicators values(int year, StructureScope scope) {
        return values(year, directory.structures(scope));
    }

    /** Every indicator, for each year with data, over the structures of a scope (the dashboards' evolution). */
    public List<ScopeIndicators> evolution(StructureScope scope) {
        List<StructureSummary> structures = directory.structures(scope);
        List<ScopeIndicators> years = new ArrayList<>();
        for (int year : years()) {
            years.add(values(year, structures));
        }
        return years;
    }

    /** Every indicator over these structures (already within the caller's scope) for a year. */
    public ScopeIndicators values(int year, List<StructureSummary> structures) {
        List<IndicatorDefinition> definitions = definitions();
        Map<String, Aggregate> aggregates = new LinkedHashMap<>();
        definitions.forEach(d -> aggregates.put(d.code(), new Aggregate(d)));
        figures(year, structures, definitions)
                .values()
                .forEach(byCode ->
                        byCode.values().forEach(f -> aggregates.get(f.code()).add(f)));
        Map<String, Double> scopeValues = new HashMap<>();
        if (!structures.isEmpty()) {
            List<Long> ids = structures.stream().map(StructureSummary::id).toList();
            providers.forEach(p -> scopeValues.putAll(p.scopeValues(year, ids)));
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorDefinition definition : definitions) {
            Aggregate aggregate = aggregates.get(definition.code());
            values.add(
                    definition.perStructure()
                            ? new IndicatorValue(definition, aggregate.value(), aggregate.structures())
                            : new IndicatorValue(definition, scopeValues.get(definition.code()), structures.size()));
        }
        return new ScopeIndicators(year, values);
    }
}
