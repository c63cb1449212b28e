package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Triangular moving average: an SMA of an SMA, so the weights rise linearly to the middle of
 * the window and fall again. TA-Lib: TRIMA, with TA-Lib's split of the period: for odd
 * {@code period} both SMAs have length {@code (period+1)/2} (weights 1,2,..,m,..,2,1); for even
 * {@code period} they have lengths {@code period/2} and {@code period/2+1} (weights
 * 1,2,..,m,m,..,2,1). Lookback {@code period-1}. Output: {@code value}. A NaN input makes this
 * and every later output NaN.
 */
public final class Trima extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period window length, >= 1; source is the close */
    public Trima(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period window length, >= 1
     */
    public Trima(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("trima", "source", source);
        Params.atLeast("trima", "period", period, 1);
        return "trima(" + source.label() + "," + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /** Length of the first SMA. */
    static int firstLength(int period) {
        return period % 2 == 1 ? (period + 1) / 2 : period / 2 + 1;
    }

    /** Length of the second SMA; the two lengths add up to {@code period+1}. */
    static int secondLength(int period) {
        return period + 1 - firstLength(period);
    }

    /**
     * TRIMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("trima", "period", period, 1);
        Params.sameLength("trima", "out", out.length, "in", in.length);
        int a = firstLength(period);
        double[] inner = new double[in.length];
        Sma.compute(in, 0, a, inner);
        Sma.compute(inner, Math.min(a - 1, in.length), secondLength(period), out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        int a = firstLength(period);
        Sma.State inner = new Sma.State(a);
        Sma.State outer = new Sma.State(secondLength(period));
        return new BaseStream(1) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = inner.update(source.of(open, high, low, close, volume));
                if (++bars >= a) {
                    values[0] = outer.update(x);
                }
            }
        };
    }
}
