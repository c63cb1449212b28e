package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * Drawdown figures of an equity curve: the deepest fall from a running peak, and the longest
 * time spent below a previous peak (still underwater at the end counts up to the last point).
 *
 * @param maxDrawdown   deepest fall as a fraction of the peak
 * @param longestBars   longest underwater stretch in points
 * @param longestMillis longest underwater stretch in time, from the peak to the last point below it
 */
public record Drawdown(double maxDrawdown, int longestBars, long longestMillis) {

    /** Computes the drawdown figures of {@code curve} in one pass. */
    public static Drawdown of(EquityCurve curve) {
        int n = curve.size();
        double peak = Double.NEGATIVE_INFINITY;
        int peakIndex = 0;
        double max = 0;
        // the depth is only recomputed below this level, which keeps the division off most bars
        double deeperBelow = Double.NEGATIVE_INFINITY;
        int longestBars = 0;
        long longestMillis = 0;
        for (int k = 0; k <= n; k++) {
            double equity = k < n ? curve.equity(k) : Double.POSITIVE_INFINITY;
            if (equity >= peak) {
                int underwater = k - 1 - peakIndex;
                if (underwater > 0) {
                    longestBars = Math.max(longestBars, underwater);
                    longestMillis = Math.max(longestMillis, curve.time(k - 1) - curve.time(peakIndex));
                }
                peak = equity;
                peakIndex = k;
                deeperBelow = peak * (1 - max);
            } else if (equity < deeperBelow && peak > 0) {
                max = 1 - equity / peak;
                deeperBelow = equity;
            }
        }
        return new Drawdown(max, longestBars, longestMillis);
    }
}
