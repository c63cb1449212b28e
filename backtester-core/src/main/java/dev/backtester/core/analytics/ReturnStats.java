package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * Moments of the per-bar returns of an equity curve ({@link EquityStatistics} computes them).
 *
 * @param count             number of returns (points - 1)
 * @param mean              mean per-bar return
 * @param stdev             sample standard deviation (NaN with fewer than two returns)
 * @param downsideDeviation root mean square of the returns below the risk-free rate
 * @param riskFreePerBar    the risk-free rate per bar used for the downside
 */
public record ReturnStats(int count, double mean, double stdev, double downsideDeviation, double riskFreePerBar) {

    /** Computes the statistics of {@code curve}'s per-bar returns. */
    public static ReturnStats of(EquityCurve curve, double riskFreePerBar) {
        return EquityStatistics.of(curve, riskFreePerBar).returns();
    }
}
