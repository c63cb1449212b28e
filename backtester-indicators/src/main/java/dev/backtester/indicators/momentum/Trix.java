package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;

import java.util.Arrays;

/**
 * TRIX (Hutson 1983): the one-bar rate of change, in percent, of a triple EMA (each EMA SMA-seeded
 * on the first output of the previous one); 0 when the previous triple EMA is 0. TA-Lib: TRIX.
 * Lookback {@code 3*(period-1) + 1}. Output: {@code value}. A NaN input makes this and every later
 * output NaN.
 */
public final class Trix extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period EMA period, >= 1; source is the close */
    public Trix(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period EMA period, >= 1
     */
    public Trix(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("trix", "source", source);
        Params.atLeast("trix", "period", period, 1);
        return "trix(" + source.label() + "," + period + ")";
    }

    /**
     * @param period EMA period
     * @return {@code 3*(period-1) + 1}
     */
    public static int lookback(int period) {
        return 3 * (period - 1) + 1;
    }

    /**
     * TRIX of {@code in} from index 0.
     *
     * @param in     input values
     * @param period EMA period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("trix", "period", period, 1);
        Params.sameLength("trix", "out", out.length, "in", in.length);
        int n = in.length;
        double[] e1 = new double[n];
        double[] e2 = new double[n];
        Ema.compute(in, 0, period, EmaSeed.SMA, e1);
        Ema.compute(e1, Math.min(period - 1, n), period, EmaSeed.SMA, e2);
        Ema.compute(e2, Math.min(2 * (period - 1), n), period, EmaSeed.SMA, e1);
        for (int i = lookback(period); i < n; i++) {
            out[i] = of(e1[i], e1[i - 1]);
        }
        Arrays.fill(out, 0, Math.min(lookback(period), n), Double.NaN);
    }

    private static double of(double now, double before) {
        return before == 0.0 ? 0.0 : ((now / before) - 1.0) * 100.0;
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
            private double previous = Double.NaN;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double a = e1.update(source.of(open, high, low, close, volume));
                int i = bars++;
                if (i < period - 1) {
                    return;
                }
                double b = e2.update(a);
                if (i < 2 * (period - 1)) {
                    return;
                }
                double c = e3.update(b);
                if (i > 3 * (period - 1)) {
                    values[0] = of(c, previous);
                }
                previous = c;
            }
        };
    }
}
