package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

/**
 * Normalized average true range: {@code ATR / close * 100} (0 when the close is 0, as in
 * TA-Lib). TA-Lib: NATR. Lookback {@code period}. Output: {@code value}, in percent. A NaN input
 * makes this and every later output NaN. TA-Lib 0.4.0's NATR with period 1 returns the plain,
 * un-normalized true range; this class normalizes for every period.
 */
public final class Natr extends AbstractIndicator {

    private final int period;

    /** @param period ATR smoothing period, >= 1 */
    public Natr(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("natr", "period", period, 1);
        return "natr(" + period + ")";
    }

    /**
     * @param period ATR period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * NATR from index 0.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param period ATR period, >= 1
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Atr.compute(high, low, close, period, out);
        for (int i = period; i < out.length; i++) {
            out[i] = of(out[i], close[i]);
        }
    }

    private static double of(double atr, double close) {
        return close == 0.0 ? 0.0 : (atr / close) * 100.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Atr.State atr = new Atr.State(period);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = of(atr.update(high, low, close), close);
            }
        };
    }
}
