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
            // excess when its sign bit is set, else +0.0: without a branch, because whether a return falls
            // short is a coin flip and the mispredicted branch cost more than all the rest of the loop
            long bits = Double.doubleToRawLongBits(r - riskFreePerBar);
            double shortfall = Double.longBitsToDouble(bits & (bits >> 63));
            downsideSq += shortfall * shortfall;
        }
        if (Double.isNaN(downsideSq)) {
            // a NaN return (a zero or non-finite equity point) has its sign bit set or not; the definition skips it
            downsideSq = downsideSquares(curve, riskFreePerBar);
        }
        int count = Math.max(0, n - 1);
        double mean = count > 0 ? sum / count : Double.NaN;
        double variance = count > 1 ? Math.max(0.0, (sumSq - count * mean * mean) / (count - 1)) : Double.NaN;
        double downside = count > 0 ? Math.sqrt(downsideSq / count) : Double.NaN;
        return new ReturnStats(count, mean, Math.sqrt(variance), downside, riskFreePerBar);
    }

    /** Sum of the squared shortfalls below the risk-free rate, returns that are NaN counting as none. */
    private static double downsideSquares(EquityCurve curve, double riskFreePerBar) {
        double downsideSq = 0;
        for (int k = 1; k < curve.size(); k++) {
            double excess = curve.equity(k) / curve.equity(k - 1) - 1 - riskFreePerBar;
            double shortfall = excess < 0 ? excess : 0.0;
            downsideSq += shortfall * shortfall;
        }
        return downsideSq;
    }
}
