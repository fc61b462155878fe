package fr.pilotis.indicator;

import fr.pilotis.organisation.StructureType;
import java.util.List;
import java.util.Set;

/**
 * What an indicator is: its code (unique across providers), family, label, formula and source (as
 * message keys, with the label's arguments, e.g. a criterion code read from the référentiel), unit,
 * the structure types it applies to and how its value aggregates over a scope. {@code order} sorts
 * the definitions page, the dashboards and the extract's columns.
 */
public record IndicatorDefinition(
        String code,
        IndicatorFamily family,
        String labelKey,
        List<String> labelArguments,
        String formulaKey,
        String sourceKey,
        IndicatorUnit unit,
        Set<StructureType> structureTypes,
        Aggregation aggregation,
        int order) {

    public IndicatorDefinition {
        labelArguments = List.copyOf(labelArguments);
        structureTypes = Set.copyOf(structureTypes);
    }

    public static final Set<StructureType> ALL_TYPES = Set.of(StructureType.values());

    public boolean appliesTo(StructureType type) {
        return structureTypes.contains(type);
    }

    /** Per-structure indicators are the extract's columns; scope values are not. */
    public boolean perStructure() {
        return aggregation != Aggregation.SCOPE_VALUE;
    }

    public Object[] labelArgumentArray() {
        return labelArguments.toArray();
    }
}
