package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.RollingExtreme;


/**
 * Williams %R: {@code -100 * (highest high - close) / (highest high - lowest low)} over
 * {@code period} bars, in [-100, 0]; 0 when the range is 0 (TA-Lib's convention). TA-Lib: WILLR.
 * Lookback {@code period-1}. Output: {@code value}. A NaN input makes this and every later output NaN.
 */
public final class WilliamsR extends AbstractIndicator {

    private final int period;

    /** @param period window length, >= 1 */
    public WilliamsR(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("willr", "period", period, 1);
        return "willr(" + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Williams %R from index 0; NaN from the first NaN input on.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param period window length, >= 1
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Params.atLeast("willr", "period", period, 1);
        int n = close.length;
        Params.sameLength("willr", "high", high.length, "close", n);
        Params.sameLength("willr", "low", low.length, "close", n);
        Params.sameLength("willr", "out", out.length, "close", n);
        StochasticK.compute(high, low, close, 0, period, true, out);
    }

    static double of(double hh, double ll, double close) {
        double range = hh - ll;
        return range == 0.0 ? 0.0 : -100.0 * ((hh - close) / range);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period, out[0]);
        NaNs.poison(out, bars.high(), bars.low(), bars.close());
    }

    @Override
    public IndicatorStream stream() {
        RollingExtreme highest = new RollingExtreme(period, true);
        RollingExtreme lowest = new RollingExtreme(period, false);
        return new BaseStream(1) {
            private int bars;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double hh = highest.update(high);
                double ll = lowest.update(low);
                poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close);
                if (++bars >= period) {
                    values[0] = poisoned ? Double.NaN : of(hh, ll, close);
                }
            }
        };
    }
}
