package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Rolling POPULATION standard deviation (divide by {@code period}) of the last {@code period}
 * values. TA-Lib: STDDEV with nbDev 1. Lookback {@code period-1}. Output: {@code value}.
 *
 * <p>Numerics: running sums of {@code x - anchor} and {@code (x - anchor)²}, where the anchor
 * is a value of the window and the sums are recomputed from the window every {@code period}
 * bars. Centring on a nearby value keeps the cancellation in {@code E[x²] - E[x]²} small (a
 * constant window gives exactly 0, where plain running sums of x and x² leave noise of about
 * 1e-8 of the price level) and the periodic recomputation stops drift. TA-Lib instead zeroes
 * any variance below 1e-8 in absolute terms. A NaN input makes this and every later output NaN (it is never recomputed away).
 */
public final class StdDev extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period window length, >= 1; source is the close */
    public StdDev(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period window length, >= 1
     */
    public StdDev(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("stddev", "source", source);
        Params.atLeast("stddev", "period", period, 1);
        return "stddev(" + source.label() + "," + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Population standard deviation of {@code in} from index 0.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, period, new double[in.length], out);
    }

    /**
     * Rolling mean and population standard deviation of {@code in} from index 0; both outputs
     * are NaN for the first {@code period-1} bars.
     *
     * @param in      input values
     * @param period  window length, >= 1
     * @param meanOut rolling mean, as long as {@code in}
     * @param sdOut   rolling standard deviation, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] meanOut, double[] sdOut) {
        compute(in, 0, period, meanOut, sdOut);
    }

    /**
     * Rolling mean and population standard deviation of {@code in} starting at index
     * {@code from} (for chaining on a series with leading NaN); both outputs are NaN before
     * {@code from+period-1}.
     *
     * @param in      input values
     * @param from    first valid input index, >= 0
     * @param period  window length, >= 1
     * @param meanOut rolling mean, as long as {@code in}
     * @param sdOut   rolling standard deviation, as long as {@code in}
     */
    public static void compute(double[] in, int from, int period, double[] meanOut, double[] sdOut) {
        Params.atLeast("stddev", "period", period, 1);
        Params.atLeast("stddev", "from", from, 0);
        int n = in.length;
        Params.sameLength("stddev", "meanOut", meanOut.length, "in", n);
        Params.sameLength("stddev", "sdOut", sdOut.length, "in", n);
        int first = from + period - 1;
        Arrays.fill(meanOut, 0, Math.min(first, n), Double.NaN);
        Arrays.fill(sdOut, 0, Math.min(first, n), Double.NaN);
        double inv = 1.0 / period;
        double anchor = 0.0;
        double sum = 0.0;
        double sumSq = 0.0;
        int sinceAnchor = period;
        for (int i = first; i < n; i++) {
            double x = in[i];
            // a NaN that entered the sums stays: recomputing would let it fall out of the window
            if (sinceAnchor == period && !Double.isNaN(sum)) {
                anchor = x;
                sum = 0.0;
                sumSq = 0.0;
                for (int j = i - period + 1; j <= i; j++) {
                    double d = in[j] - anchor;
                    sum += d;
                    sumSq += d * d;
                }
                sinceAnchor = 0;
            } else {
                double d = x - anchor;
                double old = in[i - period] - anchor;
                sum += d - old;
                sumSq += d * d - old * old;
            }
            sinceAnchor++;
            double m = sum * inv;
            meanOut[i] = anchor + m;
            sdOut[i] = sd(sumSq * inv - m * m);
        }
    }

    static double sd(double variance) {
        // a tiny negative variance is rounding: 0; NaN falls through to sqrt and stays NaN
        return variance <= 0.0 ? 0.0 : Math.sqrt(variance);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period);
        return new IndicatorStream() {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                state.update(source.of(open, high, low, close, volume));
            }

            @Override
            public double value(int output) {
                Params.output(output, 1);
                return state.sd();
            }
        };
    }

    /** Streaming rolling mean and population standard deviation, bit-identical to the kernel. */
    public static final class State {
        private final double[] window;
        private final double inv;
        private int count;
        private int pos;
        private int sinceAnchor;
        private double anchor;
        private double sum;
        private double sumSq;
        private double mean = Double.NaN;
        private double sd = Double.NaN;

        /** @param period window length, >= 1 */
        public State(int period) {
            Params.atLeast("stddev", "period", period, 1);
            window = new double[period];
            inv = 1.0 / period;
            sinceAnchor = period;
        }

        /** @param x next input */
        public void update(double x) {
            int period = window.length;
            double old = window[pos];
            window[pos] = x;
            if (++pos == period) {
                pos = 0;
            }
            if (count < period) {
                if (++count < period) {
                    return;
                }
            }
            // a NaN that entered the sums stays: recomputing would let it fall out of the window
            if (sinceAnchor == period && !Double.isNaN(sum)) {
                anchor = x;
                sum = 0.0;
                sumSq = 0.0;
                // pos now indexes the oldest value: walk the window in time order like the kernel
                for (int j = 0; j < period; j++) {
                    int k = pos + j;
                    double d = window[k < period ? k : k - period] - anchor;
                    sum += d;
                    sumSq += d * d;
                }
                sinceAnchor = 0;
            } else {
                double d = x - anchor;
                double o = old - anchor;
                sum += d - o;
                sumSq += d * d - o * o;
            }
            sinceAnchor++;
            double m = sum * inv;
            mean = anchor + m;
            sd = StdDev.sd(sumSq * inv - m * m);
        }

        /** @return the rolling mean, NaN during warm-up */
        public double mean() {
            return mean;
        }

        /** @return the rolling population standard deviation, NaN during warm-up */
        public double sd() {
            return sd;
        }
    }
}
