package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Double exponential moving average (Mulloy 1994): {@code 2*EMA(x) - EMA(EMA(x))}. TA-Lib: DEMA.
 * Both EMAs are SMA-seeded; the second starts on the first output of the first, so the lookback
 * is {@code 2*(period-1)}. Output: {@code value}. A NaN input makes this and every later output NaN.
 */
public final class Dema extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period EMA period, >= 1; source is the close */
    public Dema(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period EMA period, >= 1
     */
    public Dema(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("dema", "source", source);
        Params.atLeast("dema", "period", period, 1);
        return "dema(" + source.label() + "," + period + ")";
    }

    /**
     * @param period EMA period
     * @return {@code 2*(period-1)}
     */
    public static int lookback(int period) {
        return 2 * (period - 1);
    }

    /**
     * DEMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period EMA period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("dema", "period", period, 1);
        Params.sameLength("dema", "out", out.length, "in", in.length);
        double[] e1 = new double[in.length];
        Ema.compute(in, 0, period, EmaSeed.SMA, e1);
        Ema.compute(e1, Math.min(period - 1, in.length), period, EmaSeed.SMA, out);
        for (int i = lookback(period); i < in.length; i++) {
            out[i] = 2.0 * e1[i] - out[i];
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Ema.State e1 = new Ema.State(period, EmaSeed.SMA);
        Ema.State e2 = new Ema.State(period, EmaSeed.SMA);
        return new BaseStream(1) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double a = e1.update(source.of(open, high, low, close, volume));
                // the second EMA starts on the bar of the first EMA's first output, like the kernel
                if (++bars >= period) {
                    values[0] = 2.0 * a - e2.update(a);
                }
            }
        };
    }
}
