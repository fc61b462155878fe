package fr.pilotis.extract;

import java.util.Arrays;

/**
 * The structures' values of one indicator within an aggregate, kept as primitive doubles, and
 * their quartiles by linear interpolation between ranks (Excel's QUARTILE.INC, so a funder can
 * check a figure in the sheet itself).
 */
final class Quartiles {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The p-quantile (0.25, 0.5, 0.75), or none without values. */
    Double at(double p) {
        if (size == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double rank = (size - 1) * p;
        int below = (int) Math.floor(rank);
        int above = Math.min(size - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
