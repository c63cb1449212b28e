package dev.backtester.indicators.trend;

import dev.backtester.indicators.trend.DirectionalMovement.Line;

/**
 * Average directional index (Wilder 1978). TA-Lib: ADX. Lookback {@code 2 * period - 1}.
 * Output: {@code value}. Definitions, start-up and edge cases: see {@link DirectionalMovement}. A NaN input makes this
 * and every later output NaN.
 */
public final class Adx extends DirectionalIndicator {

    /** @param period smoothing period, >= 2 */
    public Adx(int period) {
        super(Line.ADX, period, lookback(period));
    }

    /**
     * @param period smoothing period
     * @return {@code 2 * period - 1}
     */
    public static int lookback(int period) {
        return 2 * period - 1;
    }

    /**
     * From index 0.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param period smoothing period, >= 2
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        compute(Line.ADX, high, low, close, period, out);
    }
}
