package fr.pilotis.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by the module that owns an indicator's data (a Spring bean; {@link Indicators}
 * collects them all). Everything is read in bulk for a year and a set of structures already
 * confined to what the caller may read: the provider never decides access, and runs inside the
 * caller's network (plain SQL must name {@code network_id} itself).
 */
public interface IndicatorProvider {

    /** The indicators this provider computes; may depend on the network's data (e.g. key criteria). */
    List<IndicatorDefinition> definitions();

    /**
     * The years for which this provider holds recorded data (a campaign, surveys…). Figures derived
     * from the organisation alone answer none, so that they never make a year look filled.
     */
    Set<Integer> years();

    /** Figures of these structures for the year, for its per-structure indicators. */
    List<StructureFigure> structureFigures(int year, Collection<Long> structureIds);

    /**
     * Values of its {@link Aggregation#SCOPE_VALUE} indicators over the scope formed by these
     * structures (e.g. the meetings held by their groups), by indicator code.
     */
    default Map<String, Double> scopeValues(int year, Collection<Long> structureIds) {
        return Map.of();
    }
}
