package dev.backtester.indicators.trend;

import dev.backtester.indicators.trend.DirectionalMovement.Line;

/**
 * Minus directional indicator -DI (Wilder 1978). TA-Lib: MINUS_DI. Lookback {@code period}.
 * Output: {@code value}. Definitions, start-up and edge cases: see {@link DirectionalMovement}. A NaN input makes this
 * and every later output NaN. For period 1 TA-Lib 0.4.0 returns the ratio without the factor
 * 100; this class keeps the factor for every period.
 */
public final class MinusDi extends DirectionalIndicator {

    /** @param period smoothing period, >= 1 */
    public MinusDi(int period) {
        super(Line.MINUS_DI, period, lookback(period));
    }

    /**
     * @param period smoothing period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * From index 0.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param period smoothing period, >= 1
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        compute(Line.MINUS_DI, high, low, close, period, out);
    }
}
