package dev.backtester.indicators;

import java.util.Arrays;

/**
 * Helpers for the NaN rule shared by all indicators: a NaN input makes the output NaN at its
 * bar and at every later bar. Indicators whose arithmetic does not carry a NaN forward by itself
 * (comparisons, window maxima, per-bar recomputation) apply it explicitly with these.
 */
public final class NaNs {

    private NaNs() {
    }

    /**
     * @param columns input columns of equal length
     * @return the first index at which any column is NaN, or the length if none is
     */
    public static int first(double[]... columns) {
        int n = columns[0].length;
        for (int i = 0; i < n; i++) {
            for (double[] column : columns) {
                if (Double.isNaN(column[i])) {
                    return i;
                }
            }
        }
        return n;
    }

    /**
     * Fills every output with NaN from the first NaN in any input onwards.
     *
     * @param out    output arrays
     * @param inputs input columns, as long as the outputs
     */
    public static void poison(double[][] out, double[]... inputs) {
        int from = first(inputs);
        for (double[] o : out) {
            Arrays.fill(o, from, o.length, Double.NaN);
        }
    }
}
