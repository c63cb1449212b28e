package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Exponential moving average with smoothing factor {@code k = 2/(period+1)}. TA-Lib: EMA.
 * Output: {@code value}.
 *
 * <p>Seeding ({@link EmaSeed}): by default, TA-Lib's, the first value is the SMA of the first
 * {@code period} inputs (lookback {@code period-1}); with {@link EmaSeed#FIRST_VALUE} it is the
 * first input (lookback 0). Each step is {@code ema = k*x + (1-k)*ema}; TA-Lib writes it
 * {@code (x-ema)*k + ema}, which differs only in the last bits but has a longer dependency
 * chain. A NaN input makes this and every later output NaN.
 */
public final class Ema extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final EmaSeed seed;

    /** @param period smoothing period, >= 1; close, SMA seeding */
    public Ema(int period) {
        this(Source.CLOSE, period, EmaSeed.SMA);
    }

    /**
     * @param source value read from each bar
     * @param period smoothing period, >= 1; SMA seeding
     */
    public Ema(Source source, int period) {
        this(source, period, EmaSeed.SMA);
    }

    /**
     * @param source value read from each bar
     * @param period smoothing period, >= 1
     * @param seed   how the first value is obtained
     */
    public Ema(Source source, int period, EmaSeed seed) {
        super(name(source, period, seed), lookback(period, seed), "value");
        this.source = source;
        this.period = period;
        this.seed = seed;
    }

    private static String name(Source source, int period, EmaSeed seed) {
        Params.notNull("ema", "source", source);
        Params.atLeast("ema", "period", period, 1);
        Params.notNull("ema", "seed", seed);
        return "ema(" + source.label() + "," + period + (seed == EmaSeed.SMA ? "" : ",first_value") + ")";
    }

    /**
     * @param period smoothing period
     * @return {@code period-1}, the lookback with SMA seeding
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * @param period smoothing period
     * @param seed   seeding
     * @return {@code period-1} for SMA seeding, 0 for first-value seeding
     */
    public static int lookback(int period, EmaSeed seed) {
        return seed == EmaSeed.SMA ? period - 1 : 0;
    }

    /**
     * @param period smoothing period
     * @return {@code 2/(period+1)}
     */
    public static double alpha(int period) {
        return 2.0 / (period + 1);
    }

    /**
     * EMA of {@code in} from index 0 with SMA seeding.
     *
     * @param in     input values
     * @param period smoothing period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, 0, period, EmaSeed.SMA, out);
    }

    /**
     * EMA of {@code in} starting at index {@code from} (inputs before it are ignored, for
     * chaining on an output with leading NaN).
     *
     * @param in     input values
     * @param from   first valid input index, >= 0
     * @param period smoothing period, >= 1
     * @param seed   how the first value is obtained
     * @param out    output, as long as {@code in}; NaN before {@code from + lookback}
     */
    public static void compute(double[] in, int from, int period, EmaSeed seed, double[] out) {
        compute(in, from, period, alpha(period), seed, out);
    }

    /**
     * EMA with an explicit smoothing factor (Wilder's smoothing is {@code k = 1/period}).
     *
     * @param in     input values
     * @param from   first valid input index, >= 0
     * @param period seeding period (SMA seeding averages this many inputs), >= 1
     * @param k      smoothing factor in (0, 1]
     * @param seed   how the first value is obtained
     * @param out    output, as long as {@code in}; NaN before {@code from + lookback}
     */
    public static void compute(double[] in, int from, int period, double k, EmaSeed seed, double[] out) {
        Params.atLeast("ema", "period", period, 1);
        Params.atLeast("ema", "from", from, 0);
        Params.notNull("ema", "seed", seed);
        Params.sameLength("ema", "out", out.length, "in", in.length);
        int n = in.length;
        int first = from + lookback(period, seed);
        Arrays.fill(out, 0, Math.min(first, n), Double.NaN);
        if (first >= n) {
            return;
        }
        double ema;
        if (seed == EmaSeed.SMA) {
            double sum = 0.0;
            for (int i = from; i <= first; i++) {
                sum += in[i];
            }
            ema = sum / period;
        } else {
            ema = in[first];
        }
        out[first] = ema;
        double m = 1.0 - k;
        for (int i = first + 1; i < n; i++) {
            // k*x is off the dependency chain: one multiply-add per bar on it
            ema = in[i] * k + ema * m;
            out[i] = ema;
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), 0, period, seed, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period, seed);
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

    /** Single-value streaming EMA, bit-identical to the array kernel. */
    public static final class State {
        private final int period;
        private final double k;
        private final double m;
        private final EmaSeed seed;
        private int count;
        private double sum;
        private double ema = Double.NaN;

        /**
         * @param period smoothing period, >= 1
         * @param seed   how the first value is obtained
         */
        public State(int period, EmaSeed seed) {
            this(period, alpha(period), seed);
        }

        /**
         * @param period seeding period, >= 1
         * @param k      smoothing factor
         * @param seed   how the first value is obtained
         */
        public State(int period, double k, EmaSeed seed) {
            this.period = Params.atLeast("ema", "period", period, 1);
            this.seed = Params.notNull("ema", "seed", seed);
            this.k = k;
            this.m = 1.0 - k;
        }

        /**
         * @param x next input
         * @return the EMA after {@code x}, NaN during warm-up
         */
        public double update(double x) {
            if (count < period && seed == EmaSeed.SMA) {
                sum += x;
                if (++count == period) {
                    ema = sum / period;
                }
                return ema;
            }
            if (count == 0) {
                count = 1;
                ema = x;
                return ema;
            }
            ema = x * k + ema * m;
            return ema;
        }

        /** @return the current value, NaN during warm-up */
        public double value() {
            return ema;
        }
    }
}
