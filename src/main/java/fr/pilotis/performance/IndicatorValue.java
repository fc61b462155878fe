package fr.pilotis.performance;

/**
 * One indicator for one structure and year: whether it applies to the structure's type, its value
 * (null when not filled), its plausibility flag and whether the referent confirmed that value.
 */
public record IndicatorValue(
        AnapIndicatorDefinition definition, boolean applicable, Double value, PerformanceFlag flag, boolean confirmed) {

    public boolean filled() {
        return applicable && value != null;
    }

    /** Flagged and not confirmed yet: the referent has something to check. */
    public boolean toConfirm() {
        return flag != PerformanceFlag.NONE && !confirmed;
    }
}
