package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

/**
 * Minus directional indicator -DI (Wilder 1978). TA-Lib: MINUS_DI. Lookback {@code period}.
 * Output: {@code value}. Definitions, start-up and edge cases: see {@link DirectionalMovement}. A NaN input makes this
 * and every later output NaN. For period 1 TA-Lib 0.4.0 returns the ratio without the factor
 * 100; this class keeps the factor for every period.
 */
public final class MinusDi extends AbstractIndicator {

    private final int period;

    /** @param period smoothing period, >= 1 */
    public MinusDi(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("minus_di", "period", period, 1);
        return "minus_di(" + period + ")";
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
        Params.atLeast("minus_di", "period", period, 1);
        Params.sameLength("minus_di", "high", high.length, "close", close.length);
        Params.sameLength("minus_di", "low", low.length, "close", close.length);
        Params.sameLength("minus_di", "out", out.length, "close", close.length);
        DirectionalMovement.compute(high, low, close, period, 1, out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        DirectionalMovement dm = new DirectionalMovement(period);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                dm.update(high, low, close);
                values[0] = dm.minusDi();
            }
        };
    }
}
