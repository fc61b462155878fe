package fr.pilotis.indicator;

import java.util.Arrays;

/**
 * The value of one indicator over a scope, fed one structure figure at a time: the only place where
 * an aggregation rule is applied, for the pages and the extracts alike.
 */
public final class Aggregate {

    private final IndicatorDefinition definition;
    private double numerators;
    private double denominators;
    private double rates;
    private long rated;
    private long structures;
    // MEDIAN only: the structures' values, primitive and grown by doubling (an extract's network)
    private double[] values = new double[0];
    private int valued;

    public Aggregate(IndicatorDefinition definition) {
        this.definition = definition;
    }

    public void add(StructureFigure figure) {
        structures++;
        numerators += figure.numerator();
        denominators += figure.denominator();
        if (figure.denominator() > 0) {
            rates += figure.numerator() * 100.0 / figure.denominator();
            rated++;
        }
        if (definition.aggregation() == Aggregation.MEDIAN) {
            Double value = figure.value(definition);
            if (value != null) {
                if (valued == values.length) {
                    values = Arrays.copyOf(values, Math.max(16, valued * 2));
                }
                values[valued++] = value;
            }
        }
    }

    /** The structures that gave a figure. */
    public long structures() {
        return structures;
    }

    /** The scope's value, or none when no structure gave a usable figure. */
    public Double value() {
        return switch (definition.aggregation()) {
            case RATIO_OF_SUMS, SHARE_SATISFYING -> denominators > 0 ? numerators * 100.0 / denominators : null;
            case MEAN_OF_RATES -> rated > 0 ? rates / rated : null;
            case SUM -> structures > 0 ? numerators : null;
            case MEDIAN -> median();
            case SCOPE_VALUE -> null;
        };
    }

    // the middle value, or the mean of the two middle ones (Excel's MEDIAN)
    private Double median() {
        if (valued == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, valued);
        Arrays.sort(sorted);
        int middle = valued / 2;
        return valued % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
