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

    /** Computes the drawdown figures of {@code curve}. */
    public static Drawdown of(EquityCurve curve) {
        return EquityStatistics.of(curve, 0).drawdown();
    }
}
