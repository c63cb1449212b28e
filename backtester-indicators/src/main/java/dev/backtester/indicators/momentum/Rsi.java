package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Relative strength index with Wilder's smoothing (Wilder 1978). TA-Lib: RSI. Lookback
 * {@code period}. Output: {@code value}, in [0, 100].
 *
 * <p>The first average gain and loss are the plain means of the first {@code period} price
 * changes (bars 1..period); after that {@code avg = avg*(period-1)/period + change/period}.
 * When both averages are 0 (a flat window) the value is 0, as in TA-Lib, where a user might
 * expect 50. A NaN input makes this and every later output NaN.
 */
public final class Rsi extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period smoothing period, >= 2; source is the close */
    public Rsi(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period smoothing period, >= 2
     */
    public Rsi(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("rsi", "source", source);
        Params.atLeast("rsi", "period", period, 2);
        return "rsi(" + source.label() + "," + period + ")";
    }

    /**
     * @param period smoothing period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * RSI of {@code in} from index 0.
     *
     * @param in     input values
     * @param period smoothing period, >= 2
     * @param out    output, as long as {@code in}; NaN for the first {@code period} bars
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, period, false, out);
    }

    /** RSI, or with {@code cmo} Chande's oscillator from the same Wilder-smoothed averages. */
    static void compute(double[] in, int period, boolean cmo, double[] out) {
        String indicator = cmo ? "cmo" : "rsi";
        Params.atLeast(indicator, "period", period, 2);
        Params.sameLength(indicator, "out", out.length, "in", in.length);
        int n = in.length;
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
        if (period >= n) {
            return;
        }
        double gain = 0.0;
        double loss = 0.0;
        for (int i = 1; i <= period; i++) {
            double d = in[i] - in[i - 1];
            gain += Math.max(d, 0.0);
            loss += Math.max(-d, 0.0);
        }
        gain /= period;
        loss /= period;
        out[period] = value(gain, loss, cmo);
        double decay = (period - 1) / (double) period;
        double inv = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            double d = in[i] - in[i - 1];
            // multiply by precomputed factors: a division on the loop-carried chain would triple its latency
            gain = gain * decay + Math.max(d, 0.0) * inv;
            loss = loss * decay + Math.max(-d, 0.0) * inv;
            out[i] = value(gain, loss, cmo);
        }
    }

    private static double value(double gain, double loss, boolean cmo) {
        double total = gain + loss;
        if (total == 0.0) {
            return 0.0;
        }
        return cmo ? 100.0 * ((gain - loss) / total) : 100.0 * (gain / total);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period);
        return new IndicatorStream() {
            private double value = Double.NaN;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                value = state.update(source.of(open, high, low, close, volume));
            }

            @Override
            public double value(int output) {
                Params.output(output, 1);
                return value;
            }
        };
    }

    /** Single-value streaming RSI, bit-identical to the array kernel. */
    public static final class State {
        private final int period;
        private final double decay;
        private final double inv;
        private boolean started;
        private int changes;
        private double prev;
        private double gain;
        private double loss;

        private final boolean cmo;

        /** @param period smoothing period, >= 2 */
        public State(int period) {
            this(period, false);
        }

        State(int period, boolean cmo) {
            this.cmo = cmo;
            this.period = Params.atLeast(cmo ? "cmo" : "rsi", "period", period, 2);
            this.decay = (period - 1) / (double) period;
            this.inv = 1.0 / period;
        }

        /**
         * @param x next input
         * @return the RSI after {@code x}, NaN during warm-up
         */
        public double update(double x) {
            if (!started) {
                started = true;
                prev = x;
                return Double.NaN;
            }
            double d = x - prev;
            prev = x;
            if (changes < period) {
                gain += Math.max(d, 0.0);
                loss += Math.max(-d, 0.0);
                if (++changes < period) {
                    return Double.NaN;
                }
                gain /= period;
                loss /= period;
                return value(gain, loss, cmo);
            }
            gain = gain * decay + Math.max(d, 0.0) * inv;
            loss = loss * decay + Math.max(-d, 0.0) * inv;
            return value(gain, loss, cmo);
        }
    }
}
