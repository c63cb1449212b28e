package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * Drawdown figures of an equity curve: the deepest fall from a running peak, and the longest
 * time spent below a previous peak (still underwater at the end counts up to the last point).
 *
 * @param maxDrawdown   deepest fall as a fraction of the peak
 * @param longestBars   longest underwater stretch in points
 * @param longestMillis longest underwater stretch in time
 */
public record Drawdown(double maxDrawdown, int longestBars, long longestMillis) {

    /** Computes the drawdown figures of {@code curve} in one pass. */
    public static Drawdown of(EquityCurve curve) {
        double peak = Double.NEGATIVE_INFINITY;
        int peakIndex = 0;
        double max = 0;
        int longestBars = 0;
        long longestMillis = 0;
        for (int k = 0; k < curve.size(); k++) {
            double equity = curve.equity(k);
            if (equity >= peak) {
                peak = equity;
                peakIndex = k;
            } else {
                if (peak > 0) {
                    max = Math.max(max, 1 - equity / peak);
                }
                longestBars = Math.max(longestBars, k - peakIndex);
                longestMillis = Math.max(longestMillis, curve.time(k) - curve.time(peakIndex));
            }
        }
        return new Drawdown(max, longestBars, longestMillis);
    }
}
