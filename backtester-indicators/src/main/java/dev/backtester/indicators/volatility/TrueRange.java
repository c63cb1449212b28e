package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

import java.util.Arrays;

/**
 * True range (Wilder 1978): {@code max(high, prevClose) - min(low, prevClose)}, i.e. the largest
 * of high-low, |high-prevClose| and |low-prevClose|. TA-Lib: TRANGE. Lookback 1: bar 0 has no
 * previous close, so it is NaN as in TA-Lib (some platforms use high-low there). Output:
 * {@code value}. Like every indicator here, a NaN input makes this and every later output NaN
 * (the static kernel {@link #compute} alone has no memory: only the bars that use a NaN are NaN).
 */
public final class TrueRange extends AbstractIndicator {

    /** The true range (no parameters). */
    public TrueRange() {
        super("trange()", 1, "value");
    }

    /**
     * True range from index 0; {@code out[0]} is NaN.
     *
     * @param high  highs
     * @param low   lows, as long as {@code high}
     * @param close closes, as long as {@code high}
     * @param out   output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] out) {
        int n = high.length;
        Params.sameLength("trange", "low", low.length, "high", n);
        Params.sameLength("trange", "close", close.length, "high", n);
        Params.sameLength("trange", "out", out.length, "high", n);
        Arrays.fill(out, 0, Math.min(1, n), Double.NaN);
        for (int i = 1; i < n; i++) {
            out[i] = of(high[i], low[i], close[i - 1]);
        }
    }

    /**
     * @param high      the bar's high
     * @param low       the bar's low
     * @param prevClose the previous bar's close
     * @return the true range of the bar
     */
    public static double of(double high, double low, double prevClose) {
        // plain comparisons are cheaper than Math.max/min; written so a NaN high or low propagates
        double top = prevClose > high ? prevClose : high;
        double bottom = prevClose < low ? prevClose : low;
        return top - bottom;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] high = bars.high();
        double[] low = bars.low();
        double[] close = bars.close();
        compute(high, low, close, out[0]);
        for (int i = 0; i < high.length; i++) {
            if (Double.isNaN(high[i]) || Double.isNaN(low[i]) || Double.isNaN(close[i])) {
                Arrays.fill(out[0], i, high.length, Double.NaN);
                break;
            }
        }
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private double prevClose;
            private boolean started;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close);
                // bar 0 has no previous close
                values[0] = poisoned || !started ? Double.NaN : of(high, low, prevClose);
                started = true;
                prevClose = close;
            }
        };
    }
}
