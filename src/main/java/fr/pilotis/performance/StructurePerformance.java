package fr.pilotis.performance;

import fr.pilotis.organisation.StructureType;
import java.util.List;

/**
 * One structure's ANAP dashboard for a year: every indicator of the network's set (applicable or
 * not), and completeness: filled applicable indicators ÷ applicable indicators; the dashboard is
 * complete at 70 % (ANAP's rule). No applicable indicator (a SAAD): completeness is null.
 */
public record StructurePerformance(long structureId, int year, StructureType type, List<IndicatorValue> indicators) {

    public static final double COMPLETE_AT = 0.70;

    public StructurePerformance {
        indicators = List.copyOf(indicators);
    }

    public long applicableCount() {
        return indicators.stream().filter(IndicatorValue::applicable).count();
    }

    public long filledCount() {
        return indicators.stream().filter(IndicatorValue::filled).count();
    }

    public boolean anyApplicable() {
        return applicableCount() > 0;
    }

    /** Share of applicable indicators filled, 0–1; null when none applies. */
    public Double completeness() {
        long applicable = applicableCount();
        return applicable == 0 ? null : (double) filledCount() / applicable;
    }

    public boolean complete() {
        Double completeness = completeness();
        return completeness != null && completeness >= COMPLETE_AT - 1e-9;
    }

    public long toConfirmCount() {
        return indicators.stream().filter(IndicatorValue::toConfirm).count();
    }

    public IndicatorValue indicator(String code) {
        return indicators.stream()
                .filter(i -> i.definition().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
