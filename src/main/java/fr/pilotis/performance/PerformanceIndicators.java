package fr.pilotis.performance;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.organisation.StructureType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every ANAP indicator of the network's set as a per-structure figure, for the structure types it
 * applies to. The definitions are data: label, formula, unit and source are the database's, read
 * literally. A structure's figure is its value (numerator = value, denominator = 1) and a scope's
 * value is the median of its structures' values, as ANAP restitutes them. Read through
 * {@link PerformanceFigures#valuesOf}: one statement, no flags.
 */
@Component
@Transactional(readOnly = true)
class PerformanceIndicators implements IndicatorProvider {

    static final String PREFIX = "anap.";
    private static final int ORDER = 500;

    private final PerformanceFigures figures;

    PerformanceIndicators(PerformanceFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        int order = ORDER;
        for (AnapIndicatorDefinition d : figures.definitions()) {
            definitions.add(IndicatorDefinition.literal(
                    PREFIX + d.code(),
                    family(d.axis()),
                    d.label(),
                    d.formula(),
                    d.source(),
                    unit(d.unit()),
                    d.unit(),
                    types(d.structureTypes()),
                    Aggregation.MEDIAN,
                    order++));
        }
        return definitions;
    }

    @Override
    public Set<Integer> years() {
        return figures.years();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<StructureFigure> result = new ArrayList<>();
        figures.valuesOf(year, structureIds)
                .forEach((id, values) ->
                        values.forEach((code, value) -> result.add(new StructureFigure(PREFIX + code, id, value, 1))));
        return result;
    }

    /** ANAP's units are free text: « % », days, anything else a number with decimals (FTE, ratios, levels). */
    static IndicatorUnit unit(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (u.equals("%")) {
            return IndicatorUnit.PERCENT;
        }
        if (u.equals("jours") || u.equals("jour") || u.equals("j")) {
            return IndicatorUnit.DAYS;
        }
        return IndicatorUnit.DECIMAL;
    }

    private static IndicatorFamily family(int axis) {
        return switch (axis) {
            case 1 -> IndicatorFamily.ANAP_PRESTATIONS;
            case 2 -> IndicatorFamily.ANAP_RESSOURCES;
            case 3 -> IndicatorFamily.ANAP_FINANCES;
            default -> IndicatorFamily.ANAP_OBJECTIFS;
        };
    }

    private static Set<StructureType> types(List<String> names) {
        Set<StructureType> types = EnumSet.noneOf(StructureType.class);
        Arrays.stream(StructureType.values())
                .filter(t -> names.contains(t.name()))
                .forEach(types::add);
        return types;
    }
}
