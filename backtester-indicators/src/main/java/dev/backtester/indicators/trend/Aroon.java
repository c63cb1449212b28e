package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.RollingExtreme;

import java.util.Arrays;

/**
 * Aroon (Chande 1995). TA-Lib: AROON and AROONOSC. Over the last {@code period+1} bars (the
 * current one and {@code period} before it): {@code up = 100 * (period - bars since the highest
 * high) / period}, {@code down} likewise with the lowest low, {@code oscillator = up - down}. On
 * ties the most recent extreme counts, as in TA-Lib. Lookback {@code period}. Outputs:
 * {@code up, down, oscillator} (TA-Lib returns down before up). A NaN input makes this and every
 * later output NaN.
 */
public final class Aroon extends AbstractIndicator {

    private final int period;

    /** @param period look-back period, >= 1 */
    public Aroon(int period) {
        super(name(period), lookback(period), "up", "down", "oscillator");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("aroon", "period", period, 1);
        return "aroon(" + period + ")";
    }

    /**
     * @param period look-back period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Aroon from index 0.
     *
     * @param high       highs
     * @param low        lows, as long as {@code high}
     * @param period     look-back period, >= 1
     * @param up         Aroon up, as long as {@code high}
     * @param down       Aroon down, as long as {@code high}
     * @param oscillator up - down, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, int period, double[] up, double[] down,
                               double[] oscillator) {
        Params.atLeast("aroon", "period", period, 1);
        int n = high.length;
        Params.sameLength("aroon", "low", low.length, "high", n);
        Params.sameLength("aroon", "up", up.length, "high", n);
        Params.sameLength("aroon", "down", down.length, "high", n);
        Params.sameLength("aroon", "oscillator", oscillator.length, "high", n);
        // one pass tracking the positions of the highest high and the lowest low over period+1
        // bars, rescanning only when one leaves the window (TA-Lib's method; latest wins ties)
        double factor = 100.0 / period;
        int first = Math.min(period, n);
        Arrays.fill(up, 0, first, Double.NaN);
        Arrays.fill(down, 0, first, Double.NaN);
        Arrays.fill(oscillator, 0, first, Double.NaN);
        int hiIdx = -1;
        int loIdx = -1;
        double hi = 0.0;
        double lo = 0.0;
        for (int i = first; i < n; i++) {
            int start = i - period;
            double h = high[i];
            double l = low[i];
            if (hiIdx < start) {
                hiIdx = start;
                hi = high[start];
                for (int j = start + 1; j <= i; j++) {
                    if (high[j] >= hi) {
                        hi = high[j];
                        hiIdx = j;
                    }
                }
            } else if (h >= hi) {
                hi = h;
                hiIdx = i;
            }
            if (loIdx < start) {
                loIdx = start;
                lo = low[start];
                for (int j = start + 1; j <= i; j++) {
                    if (low[j] <= lo) {
                        lo = low[j];
                        loIdx = j;
                    }
                }
            } else if (l <= lo) {
                lo = l;
                loIdx = i;
            }
            double u = factor * (period - (i - hiIdx));
            double d = factor * (period - (i - loIdx));
            up[i] = u;
            down[i] = d;
            oscillator[i] = u - d;
        }
        int poison = Math.max(first, NaNs.first(high, low));
        if (poison < n) {
            Arrays.fill(up, poison, n, Double.NaN);
            Arrays.fill(down, poison, n, Double.NaN);
            Arrays.fill(oscillator, poison, n, Double.NaN);
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), period, out[0], out[1], out[2]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period);
        return new BaseStream(3) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                state.update(high, low);
                values[0] = state.up;
                values[1] = state.down;
                values[2] = state.up - state.down;
            }
        };
    }

    private static final class State {
        private final int period;
        private final double factor;
        private final RollingExtreme highest;
        private final RollingExtreme lowest;
        private int bars;
        private boolean poisoned;
        private double up = Double.NaN;
        private double down = Double.NaN;

        State(int period) {
            this.period = period;
            this.factor = 100.0 / period;
            this.highest = new RollingExtreme(period + 1, true);
            this.lowest = new RollingExtreme(period + 1, false);
        }

        void update(double high, double low) {
            highest.update(high);
            lowest.update(low);
            poisoned |= Double.isNaN(high) || Double.isNaN(low);
            if (bars++ < period) {
                return;
            }
            up = poisoned ? Double.NaN : factor * (period - highest.age());
            down = poisoned ? Double.NaN : factor * (period - lowest.age());
        }
    }
}
