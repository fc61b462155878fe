package fr.pilotis.indicator;

/**
 * One structure's figure for one indicator and year: numerator and denominator (a count has a
 * denominator of 1). A structure the indicator does not concern has no figure at all.
 */
public record StructureFigure(String code, long structureId, double numerator, double denominator) {

    /**
     * The structure's own value: numerator ÷ denominator in percent, or the count; for a
     * {@link Aggregation#MEDIAN} indicator numerator ÷ denominator as is (already in its unit);
     * none without denominator.
     */
    public Double value(IndicatorDefinition definition) {
        if (definition.aggregation() == Aggregation.MEDIAN) {
            return denominator > 0 ? numerator / denominator : null;
        }
        if (definition.unit() == IndicatorUnit.COUNT) {
            return numerator;
        }
        return denominator > 0 ? numerator * 100.0 / denominator : null;
    }
}
