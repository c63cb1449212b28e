package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Simple moving average: the mean of the last {@code period} source values. TA-Lib: SMA.
 * Lookback {@code period-1}. Output: {@code value}.
 *
 * <p>Kept as a running sum (one add and one multiply per bar). A NaN input enters the sum and
 * makes this and every later output NaN.
 */
public final class Sma extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period number of bars averaged, >= 1; source is the close */
    public Sma(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period number of bars averaged, >= 1
     */
    public Sma(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("sma", "source", source);
        Params.atLeast("sma", "period", period, 1);
        return "sma(" + source.label() + "," + period + ")";
    }

    /**
     * @param period averaging period
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * SMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period averaging period, >= 1
     * @param out    output, as long as {@code in}; NaN for the first {@code period-1} bars
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, 0, period, out);
    }

    /**
     * SMA of {@code in} starting at index {@code from} (for chaining on an output that is NaN
     * before {@code from}); {@code out} is NaN before {@code from+period-1}.
     *
     * @param in     input values
     * @param from   first valid input index, >= 0
     * @param period averaging period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int from, int period, double[] out) {
        Params.atLeast("sma", "period", period, 1);
        Params.atLeast("sma", "from", from, 0);
        Params.sameLength("sma", "out", out.length, "in", in.length);
        int n = in.length;
        int first = from + period - 1;
        Arrays.fill(out, 0, Math.min(first, n), Double.NaN);
        if (first >= n) {
            return;
        }
        double inv = 1.0 / period;
        double sum = 0.0;
        for (int i = from; i <= first; i++) {
            sum += in[i];
        }
        out[first] = sum * inv;
        // one add per bar: the difference is independent of the running sum, which keeps the
        // loop-carried dependency to a single addition
        for (int i = first + 1; i < n; i++) {
            sum += in[i] - in[i - period];
            out[i] = sum * inv;
        }
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

    /** Single-value streaming SMA, bit-identical to {@link #compute(double[], int, double[])}. */
    public static final class State {
        private final double[] window;
        private final double inv;
        private int count;
        private int pos;
        private double sum;

        /** @param period averaging period, >= 1 */
        public State(int period) {
            Params.atLeast("sma", "period", period, 1);
            this.window = new double[period];
            this.inv = 1.0 / period;
        }

        /**
         * @param x next input
         * @return the SMA after {@code x}, NaN until {@code period} inputs have been seen
         */
        public double update(double x) {
            int period = window.length;
            if (count < period) {
                sum += x;
                window[count++] = x;
                return count == period ? sum * inv : Double.NaN;
            }
            sum += x - window[pos];
            window[pos] = x;
            if (++pos == period) {
                pos = 0;
            }
            return sum * inv;
        }

        /** @return whether {@code period} inputs have been seen */
        public boolean ready() {
            return count == window.length;
        }
    }
}
