package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Kaufman adaptive moving average (Kaufman 1995). TA-Lib: KAMA (which fixes the fast and slow
 * periods at 2 and 30). Lookback {@code period}. Output: {@code value}.
 *
 * <p>Efficiency ratio {@code ER = |x[t] - x[t-period]| / sum(|x[i] - x[i-1]|)} over the last
 * {@code period} changes (1 when the path is as long as the net move, including a flat window);
 * smoothing {@code sc = (ER*(2/(fast+1) - 2/(slow+1)) + 2/(slow+1))²};
 * {@code kama += sc*(x - kama)}, seeded, as in TA-Lib, with the input at bar {@code period-1}.
 * A NaN input makes this and every later output NaN.
 */
public final class Kama extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final double fastest;
    private final double slowest;

    /** @param period efficiency-ratio period, >= 1; close, fast 2, slow 30 */
    public Kama(int period) {
        this(Source.CLOSE, period, 2, 30);
    }

    /**
     * @param source     value read from each bar
     * @param period     efficiency-ratio period, >= 1
     * @param fastPeriod EMA period of the fastest smoothing, >= 1
     * @param slowPeriod EMA period of the slowest smoothing, greater than {@code fastPeriod}
     */
    public Kama(Source source, int period, int fastPeriod, int slowPeriod) {
        super(name(source, period, fastPeriod, slowPeriod), lookback(period), "value");
        this.source = source;
        this.period = period;
        this.fastest = 2.0 / (fastPeriod + 1);
        this.slowest = 2.0 / (slowPeriod + 1);
    }

    private static String name(Source source, int period, int fast, int slow) {
        Params.notNull("kama", "source", source);
        Params.atLeast("kama", "period", period, 1);
        Params.atLeast("kama", "fastPeriod", fast, 1);
        Params.less("kama", "fastPeriod", fast, "slowPeriod", slow);
        return "kama(" + source.label() + "," + period + "," + fast + "," + slow + ")";
    }

    /**
     * @param period efficiency-ratio period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * KAMA of {@code in} from index 0 with TA-Lib's fast 2 and slow 30.
     *
     * @param in     input values
     * @param period efficiency-ratio period, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        compute(in, period, 2.0 / 3.0, 2.0 / 31.0, out);
    }

    private static void compute(double[] in, int period, double fastest, double slowest, double[] out) {
        Params.atLeast("kama", "period", period, 1);
        Params.sameLength("kama", "out", out.length, "in", in.length);
        int n = in.length;
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
        if (period >= n) {
            return;
        }
        double path = 0.0;
        for (int i = 1; i <= period; i++) {
            path += Math.abs(in[i] - in[i - 1]);
        }
        double diff = fastest - slowest;
        double kama = in[period - 1];
        for (int i = period; i < n; i++) {
            if (i > period) {
                path += Math.abs(in[i] - in[i - 1]) - Math.abs(in[i - period] - in[i - period - 1]);
            }
            kama = step(kama, in[i], Math.abs(in[i] - in[i - period]), path, diff, slowest);
            out[i] = kama;
        }
    }

    private static double step(double kama, double x, double move, double path, double diff, double slowest) {
        // the running path length may round just below the net move: clamp the ratio at 1
        double er = path <= move ? 1.0 : move / path;
        double sc = er * diff + slowest;
        sc *= sc;
        return (x - kama) * sc + kama;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, fastest, slowest, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private final double[] window = new double[period + 2];
            private int count;
            private double path;
            private double kama;

            private double at(int index) {
                return window[index % window.length];
            }

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                int i = count++;
                window[i % window.length] = x;
                if (i == 0) {
                    return;
                }
                if (i <= period) {
                    path += Math.abs(x - at(i - 1));
                    if (i < period) {
                        return;
                    }
                    kama = at(period - 1);
                } else {
                    path += Math.abs(x - at(i - 1)) - Math.abs(at(i - period) - at(i - period - 1));
                }
                kama = step(kama, x, Math.abs(x - at(i - period)), path, fastest - slowest, slowest);
                values[0] = kama;
            }
        };
    }
}
