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
 * Change of a value against the value {@code period} bars before, the indicator behind
 * {@link Momentum} (the difference) and {@link Roc} (in percent of the past value), which differ
 * only in that formula. Lookback {@code period}. The kernel alone has no memory (only bars whose
 * inputs are NaN are NaN); the indicator makes a NaN input poison every later output.
 */
abstract class ChangeOverPeriod extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final boolean percent;

    /**
     * @param indicator short name, e.g. {@code "mom"}
     * @param percent   whether the change is in percent of the past value
     */
    ChangeOverPeriod(String indicator, boolean percent, Source source, int period) {
        super(name(indicator, source, period), period, "value");
        this.source = source;
        this.period = period;
        this.percent = percent;
    }

    private static String name(String indicator, Source source, int period) {
        Params.notNull(indicator, "source", source);
        Params.atLeast(indicator, "period", period, 1);
        return indicator + "(" + source.label() + "," + period + ")";
    }

    /** The public kernels of the subclasses: checks the arguments in the name of {@code indicator}. */
    static void compute(String indicator, boolean percent, double[] in, int period, double[] out) {
        Params.atLeast(indicator, "period", period, 1);
        Params.sameLength(indicator, "out", out.length, "in", in.length);
        changes(in, period, percent, out);
    }

    private static void changes(double[] in, int period, boolean percent, double[] out) {
        int n = in.length;
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
        for (int i = period; i < n; i++) {
            out[i] = change(in[i], in[i - period], percent);
        }
    }

    private static double change(double x, double past, boolean percent) {
        if (!percent) {
            return x - past;
        }
        // TA-Lib's convention for a zero past value
        return past == 0.0 ? 0.0 : ((x / past) - 1.0) * 100.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] in = source.values(bars);
        changes(in, period, percent, out[0]);
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
                values[0] = poisoned ? Double.NaN : change(x, past, percent);
            }
        };
    }
}
