package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;

import java.util.Arrays;

/**
 * Average true range (Wilder 1978). TA-Lib: ATR. Lookback {@code period}. Output: {@code value}.
 *
 * <p>True range starts at bar 1; the first ATR, at bar {@code period}, is the mean of the first
 * {@code period} true ranges, then {@code atr = atr*(period-1)/period + tr/period} (Wilder's
 * smoothing, an EMA with {@code k = 1/period}). A NaN input makes this and every later output NaN.
 */
public final class Atr extends AbstractIndicator {

    private final int period;

    /** @param period smoothing period, >= 1 */
    public Atr(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("atr", "period", period, 1);
        return "atr(" + period + ")";
    }

    /**
     * @param period smoothing period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * ATR from index 0.
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param period smoothing period, >= 1
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
        Params.atLeast("atr", "period", period, 1);
        int n = close.length;
        Params.sameLength("atr", "high", high.length, "close", n);
        Params.sameLength("atr", "low", low.length, "close", n);
        Params.sameLength("atr", "out", out.length, "close", n);
        int first = Math.min(period, n);
        Arrays.fill(out, 0, first, Double.NaN);
        // one pass, the same arithmetic as TrueRange.of fed to an SMA-seeded Ema.State with k = 1/period
        double k = 1.0 / period;
        double m = 1.0 - k;
        double sum = 0.0;
        double atr = 0.0;
        for (int i = 1; i < n; i++) {
            double tr = TrueRange.of(high[i], low[i], close[i - 1]);
            if (i < period) {
                sum += tr;
            } else if (i == period) {
                sum += tr;
                atr = sum / period;
                out[i] = atr;
            } else {
                atr = tr * k + atr * m;
                out[i] = atr;
            }
        }
        // the true range forgets a NaN close once the next bar has passed: apply the NaN rule
        Arrays.fill(out, Math.max(first, NaNs.first(high, low, close)), n, Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(high, low, close);
            }
        };
    }

    /** Streaming ATR, bit-identical to the array kernel. */
    public static final class State {
        private final Ema.State smoothing;
        private boolean started;
        private boolean poisoned;
        private double prevClose;
        private double value = Double.NaN;

        /** @param period smoothing period, >= 1 */
        public State(int period) {
            Params.atLeast("atr", "period", period, 1);
            smoothing = new Ema.State(period, 1.0 / period, EmaSeed.SMA);
        }

        /**
         * @param high  the bar's high
         * @param low   the bar's low
         * @param close the bar's close
         * @return the ATR after this bar, NaN during warm-up
         */
        public double update(double high, double low, double close) {
            poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close);
            if (poisoned) {
                value = Double.NaN;
            } else if (started) {
                value = smoothing.update(TrueRange.of(high, low, prevClose));
            }
            started = true;
            prevClose = close;
            return value;
        }

        /** @return the current ATR, NaN during warm-up */
        public double value() {
            return value;
        }
    }
}
