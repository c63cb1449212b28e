package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Rate of change in percent: {@code (x / x[t-period] - 1) * 100}, 0 when the past value is 0
 * (TA-Lib's convention). TA-Lib: ROC. Lookback {@code period}. Output: {@code value}. A NaN
 * input makes this and every later output NaN.
 */
public final class Roc extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period number of bars back, >= 1; source is the close */
    public Roc(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period number of bars back, >= 1
     */
    public Roc(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("roc", "source", source);
        Params.atLeast("roc", "period", period, 1);
        return "roc(" + source.label() + "," + period + ")";
    }

    /**
     * @param period number of bars back
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * From index 0; the kernel alone has no memory (only bars whose inputs are NaN are NaN).
     *
     * @param in     input values
     * @param period number of bars back, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Params.atLeast("roc", "period", period, 1);
        Params.sameLength("roc", "out", out.length, "in", in.length);
        int n = in.length;
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
        for (int i = period; i < n; i++) {
            out[i] = of(in[i], in[i - period]);
        }
    }

    private static double of(double x, double past) {
        return past == 0.0 ? 0.0 : ((x / past) - 1.0) * 100.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] in = source.values(bars);
        compute(in, period, out[0]);
        NaNs.poison(out, in);
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private final double[] window = new double[period];
            private int count;
            private int pos;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                poisoned |= Double.isNaN(x);
                double past = window[pos];
                window[pos] = x;
                if (++pos == period) {
                    pos = 0;
                }
                if (count < period) {
                    count++;
                    return;
                }
                values[0] = poisoned ? Double.NaN : of(x, past);
            }
        };
    }
}
