package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

/**
 * Average directional index (Wilder 1978). TA-Lib: ADX. Lookback {@code 2 * period - 1}.
 * Output: {@code value}. Definitions, start-up and edge cases: see {@link DirectionalMovement}. A NaN input makes this
 * and every later output NaN.
 */
public final class Adx extends AbstractIndicator {

    private final int period;

    /** @param period smoothing period, >= 2 */
    public Adx(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("adx", "period", period, 2);
        return "adx(" + period + ")";
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
        Params.atLeast("adx", "period", period, 2);
        Params.sameLength("adx", "high", high.length, "close", close.length);
        Params.sameLength("adx", "low", low.length, "close", close.length);
        Params.sameLength("adx", "out", out.length, "close", close.length);
        DirectionalMovement.compute(high, low, close, period, 2, out);
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
                values[0] = dm.adx();
            }
        };
    }
}
