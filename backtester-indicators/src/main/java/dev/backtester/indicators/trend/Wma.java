package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Linearly weighted moving average: weights 1..period, the newest value weighing most. TA-Lib:
 * WMA. Lookback {@code period-1}. Output: {@code value}.
 *
 * <p>O(1) per bar: the weighted sum drops by the plain window sum when every weight decreases by
 * one, then gains {@code period * x}. A NaN input makes this and every later output NaN.
 */
public final class Wma extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period window length, >= 1; source is the close */
    public Wma(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period window length, >= 1
     */
    public Wma(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("wma", "source", source);
        Params.atLeast("wma", "period", period, 1);
        return "wma(" + source.label() + "," + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * WMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, 0, period, out);
    }

    /**
     * WMA of {@code in} starting at index {@code from}; NaN before {@code from+period-1}.
     *
     * @param in     input values
     * @param from   first valid input index, >= 0
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int from, int period, double[] out) {
        Params.atLeast("wma", "period", period, 1);
        Params.atLeast("wma", "from", from, 0);
        Params.sameLength("wma", "out", out.length, "in", in.length);
        int n = in.length;
        int first = from + period - 1;
        Arrays.fill(out, 0, Math.min(first, n), Double.NaN);
        if (first >= n) {
            return;
        }
        double inv = 2.0 / ((double) period * (period + 1));
        double weighted = 0.0;
        double sum = 0.0;
        for (int j = 0; j < period; j++) {
            double x = in[from + j];
            weighted += (j + 1) * x;
            sum += x;
        }
        out[first] = weighted * inv;
        for (int i = first + 1; i < n; i++) {
            double x = in[i];
            weighted += period * x - sum;
            sum += x - in[i - period];
            out[i] = weighted * inv;
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(source.of(open, high, low, close, volume));
            }
        };
    }

    /** Single-value streaming WMA, bit-identical to the array kernel. */
    public static final class State {
        private final double[] window;
        private final double inv;
        private int count;
        private int pos;
        private double weighted;
        private double sum;

        /** @param period window length, >= 1 */
        public State(int period) {
            Params.atLeast("wma", "period", period, 1);
            window = new double[period];
            inv = 2.0 / ((double) period * (period + 1));
        }

        /**
         * @param x next input
         * @return the WMA after {@code x}, NaN during warm-up
         */
        public double update(double x) {
            int period = window.length;
            if (count < period) {
                weighted += (count + 1) * x;
                sum += x;
                window[count++] = x;
                return count == period ? weighted * inv : Double.NaN;
            }
            weighted += period * x - sum;
            sum += x - window[pos];
            window[pos] = x;
            if (++pos == period) {
                pos = 0;
            }
            return weighted * inv;
        }
    }
}
