package fr.pilotis.performance;

import java.util.Arrays;
import java.util.Collection;

/**
 * Median and quartiles of a set of values, interpolated linearly between order statistics (the
 * spreadsheet's QUARTILE / QUARTILE.INC, so a user can check them in Excel), and Tukey's far-out
 * fences (Q1 − 3 × IQR, Q3 + 3 × IQR) used to flag a value far outside its type's usual spread.
 */
public record Quartiles(int count, double min, double q1, double median, double q3, double max) {

    static final double FAR_OUT = 3.0;

    public static Quartiles of(Collection<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return new Quartiles(
                sorted.length,
                sorted[0],
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                sorted[sorted.length - 1]);
    }

    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public double lowerFence() {
        return q1 - FAR_OUT * (q3 - q1);
    }

    public double upperFence() {
        return q3 + FAR_OUT * (q3 - q1);
    }

    public boolean farOutside(double value) {
        return value < lowerFence() - 1e-9 || value > upperFence() + 1e-9;
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {min, q1, median, q3, max});
    }
}
