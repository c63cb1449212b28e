package dev.backtester.core.regime;

/**
 * Standard deviations that trend readings would have if prices were a driftless random walk with
 * per-bar standard deviation 1. Dividing a reading by {@code atr * factor} turns it into a t-like
 * value: about 1 is what noise alone produces.
 */
final class RandomWalkNoise {
    private RandomWalkNoise() {
    }

    /**
     * Standard deviation of {@code close - SMA(period)}: the close minus the mean of the last
     * {@code period} closes weighs the step {@code m} bars back by {@code (period - 1 - m) / period},
     * so the variance is {@code sum_{i=1}^{period-1} (i/period)^2 = (period-1)(2 period-1) / (6 period)}.
     */
    static double distance(int period) {
        double n = period;
        return Math.sqrt((n - 1) * (2 * n - 1) / (6 * n));
    }

    /**
     * Standard deviation of {@code SMA(period)[t] - SMA(period)[t - bars]}. The change is
     * {@code sum_j a_j close[t-j]} with {@code a_j = (1{j < period} - 1{bars <= j < bars + period}) / period};
     * writing each close as the current close minus the steps in between, the step {@code m} bars
     * back gets the weight {@code w_m = a_0 + ... + a_m}, and the variance is {@code sum_m w_m^2}
     * (about {@code bars^2 / period} when {@code bars} is much smaller than {@code period}).
     */
    static double smaChange(int period, int bars) {
        double cumulative = 0;
        double variance = 0;
        for (int j = 0; j < period + bars - 1; j++) {
            double a = ((j < period ? 1 : 0) - (j >= bars && j < bars + period ? 1 : 0)) / (double) period;
            cumulative += a;
            variance += cumulative * cumulative;
        }
        return Math.sqrt(variance);
    }
}
