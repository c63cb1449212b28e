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
        int limit = columns[0].length;
        // one tight loop per column, each stopping at the best index found so far
        for (double[] column : columns) {
            for (int i = 0; i < limit; i++) {
                if (Double.isNaN(column[i])) {
                    limit = i;
                    break;
                }
            }
        }
        return limit;
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
