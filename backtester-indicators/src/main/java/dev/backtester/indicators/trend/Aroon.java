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
        // the ages of the extremes go to up and down first, then become the Aroon values
        RollingExtreme.window(high, 0, period + 1, true, oscillator, up);
        RollingExtreme.window(low, 0, period + 1, false, oscillator, down);
        double factor = 100.0 / period;
        for (int i = period; i < n; i++) {
            up[i] = factor * (period - up[i]);
            down[i] = factor * (period - down[i]);
            oscillator[i] = up[i] - down[i];
        }
        Arrays.fill(oscillator, 0, Math.min(period, n), Double.NaN);
        int poison = Math.max(period, NaNs.first(high, low));
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
