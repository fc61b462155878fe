package fr.pilotis.report;

import fr.pilotis.indicator.IndicatorDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One indicator of a report, its value for each of the table's years (none where nothing counts).
 * The definition is absent when a snapshotted indicator no longer exists: the page shows its code.
 */
public record FigureRow(String code, IndicatorDefinition definition, List<Double> values) {

    public FigureRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public boolean percent() {
        return definition != null && definition.unit() == fr.pilotis.indicator.IndicatorUnit.PERCENT;
    }

    /** The unit's decimals, as the dashboards show them (a count has none, an FTE ratio two). */
    public int fractionDigits() {
        return definition == null ? 0 : definition.unit().fractionDigits();
    }

    /** The unit as the network's ANAP definition writes it (« ETP/place »), or none for the programme's. */
    public String literalUnit() {
        return definition == null || definition.unit() == fr.pilotis.indicator.IndicatorUnit.PERCENT
                ? null
                : definition.literalUnit();
    }
}
