package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.RollingExtreme;

import java.util.Arrays;

/**
 * Donchian channels (Richard Donchian; StockCharts ChartSchool "Donchian Channels"): upper =
 * highest high of the last {@code period} bars INCLUDING the current one, lower = lowest low,
 * middle = their mean. Not in TA-Lib. Lookback {@code period-1}. Outputs:
 * {@code upper, middle, lower}. A breakout rule must compare the close with the PREVIOUS bar's
 * channel, since the current bar is part of its own channel. A NaN input makes this and every
 * later output NaN.
 */
public final class Donchian extends AbstractIndicator {

    private final int period;

    /** @param period window length, >= 1 */
    public Donchian(int period) {
        super(name(period), lookback(period), "upper", "middle", "lower");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("donchian", "period", period, 1);
        return "donchian(" + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Donchian channels from index 0.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param period window length, >= 1
     * @param upper  highest high, as long as {@code high}
     * @param middle mid-point, as long as {@code high}
     * @param lower  lowest low, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, int period, double[] upper, double[] middle,
                               double[] lower) {
        Params.atLeast("donchian", "period", period, 1);
        int n = high.length;
        Params.sameLength("donchian", "low", low.length, "high", n);
        Params.sameLength("donchian", "middle", middle.length, "high", n);
        RollingExtreme.max(high, period, upper);
        RollingExtreme.min(low, period, lower);
        // a NaN in either column must reach both bands, as in the stream
        boolean poisoned = false;
        for (int i = 0; i < n; i++) {
            poisoned |= Double.isNaN(high[i]) || Double.isNaN(low[i]);
            if (poisoned) {
                upper[i] = Double.NaN;
                lower[i] = Double.NaN;
            }
            middle[i] = (upper[i] + lower[i]) / 2.0;
        }
        Arrays.fill(middle, 0, Math.min(period - 1, n), Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), period, out[0], out[1], out[2]);
    }

    @Override
    public IndicatorStream stream() {
        RollingExtreme highest = new RollingExtreme(period, true);
        RollingExtreme lowest = new RollingExtreme(period, false);
        return new BaseStream(3) {
            private int bars;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double up = highest.update(high);
                double lo = lowest.update(low);
                poisoned |= Double.isNaN(high) || Double.isNaN(low);
                if (poisoned) {
                    up = Double.NaN;
                    lo = Double.NaN;
                }
                if (++bars >= period) {
                    values[0] = up;
                    values[1] = (up + lo) / 2.0;
                    values[2] = lo;
                }
            }
        };
    }
}
