package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Triple exponential moving average (Mulloy 1994): {@code 3*e1 - 3*e2 + e3} where e1 = EMA(x),
 * e2 = EMA(e1), e3 = EMA(e2), each SMA-seeded on the first output of the previous one. TA-Lib:
 * TEMA. Lookback {@code 3*(period-1)}. Output: {@code value}. A NaN input makes this and every
 * later output NaN.
 */
public final class Tema extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period EMA period, >= 1; source is the close */
    public Tema(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period EMA period, >= 1
     */
    public Tema(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("tema", "source", source);
        Params.atLeast("tema", "period", period, 1);
        return "tema(" + source.label() + "," + period + ")";
    }

    /**
     * @param period EMA period
     * @return {@code 3*(period-1)}
     */
    public static int lookback(int period) {
        return 3 * (period - 1);
    }

    /**
     * TEMA of {@code in} from index 0.
     *
     * @param in     input values
     * @param period EMA period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("tema", "period", period, 1);
        Params.sameLength("tema", "out", out.length, "in", in.length);
        int n = in.length;
        double[] e1 = new double[n];
        double[] e2 = new double[n];
        Ema.compute(in, 0, period, EmaSeed.SMA, e1);
        Ema.compute(e1, Math.min(period - 1, n), period, EmaSeed.SMA, e2);
        Ema.compute(e2, Math.min(2 * (period - 1), n), period, EmaSeed.SMA, out);
        for (int i = lookback(period); i < n; i++) {
            out[i] = 3.0 * e1[i] - 3.0 * e2[i] + out[i];
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
        Ema.State e3 = new Ema.State(period, EmaSeed.SMA);
        return new BaseStream(1) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double a = e1.update(source.of(open, high, low, close, volume));
                bars++;
                // each EMA starts on the bar of the previous one's first output, like the kernel
                if (bars >= period) {
                    double b = e2.update(a);
                    if (bars >= 2 * period - 1) {
                        values[0] = 3.0 * a - 3.0 * b + e3.update(b);
                    }
                }
            }
        };
    }
}
