package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Hull moving average (Hull 2005): {@code WMA(2*WMA(x, n/2) - WMA(x, n), sqrt(n))} with integer
 * (floored) {@code n/2} and {@code sqrt(n)}, as in Hull's own formula. Not in TA-Lib. Lookback
 * {@code (n-1) + (floor(sqrt(n))-1)}. Output: {@code value}. A NaN input makes this and every later
 * output NaN.
 */
public final class Hma extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period Hull period, >= 2; source is the close */
    public Hma(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period Hull period, >= 2
     */
    public Hma(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("hma", "source", source);
        Params.atLeast("hma", "period", period, 2);
        return "hma(" + source.label() + "," + period + ")";
    }

    /**
     * @param period Hull period
     * @return {@code (period-1) + (floor(sqrt(period))-1)}
     */
    public static int lookback(int period) {
        return period - 1 + sqrtPeriod(period) - 1;
    }

    static int sqrtPeriod(int period) {
        return (int) Math.floor(Math.sqrt(period));
    }

    /**
     * HMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period Hull period, >= 2
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("hma", "period", period, 2);
        Params.sameLength("hma", "out", out.length, "in", in.length);
        int n = in.length;
        double[] half = new double[n];
        double[] full = new double[n];
        Wma.compute(in, 0, period / 2, half);
        Wma.compute(in, 0, period, full);
        int from = Math.min(period - 1, n);
        for (int i = from; i < n; i++) {
            half[i] = 2.0 * half[i] - full[i];
        }
        Wma.compute(half, from, sqrtPeriod(period), out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Wma.State half = new Wma.State(period / 2);
        Wma.State full = new Wma.State(period);
        Wma.State hull = new Wma.State(sqrtPeriod(period));
        return new BaseStream(1) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                double h = half.update(x);
                double f = full.update(x);
                if (++bars >= period) {
                    values[0] = hull.update(2.0 * h - f);
                }
            }
        };
    }
}
