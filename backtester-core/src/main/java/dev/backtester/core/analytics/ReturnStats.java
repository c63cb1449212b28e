package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * Moments of the per-bar returns of an equity curve, in one pass.
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
        int n = curve.size();
        double sum = 0;
        double sumSq = 0;
        double downsideSq = 0;
        double previous = n > 0 ? curve.equity(0) : Double.NaN;
        for (int k = 1; k < n; k++) {
            double equity = curve.equity(k);
            double r = equity / previous - 1;
            previous = equity;
            sum += r;
            sumSq += r * r;
            double excess = r - riskFreePerBar;
            double shortfall = excess < 0 ? excess : 0.0;
            downsideSq += shortfall * shortfall;
        }
        int count = Math.max(0, n - 1);
        double mean = count > 0 ? sum / count : Double.NaN;
        double variance = count > 1 ? Math.max(0.0, (sumSq - count * mean * mean) / (count - 1)) : Double.NaN;
        double downside = count > 0 ? Math.sqrt(downsideSq / count) : Double.NaN;
        return new ReturnStats(count, mean, Math.sqrt(variance), downside, riskFreePerBar);
    }
}
