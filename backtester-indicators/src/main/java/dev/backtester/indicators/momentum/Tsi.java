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
 * True strength index (Blau 1991; StockCharts ChartSchool "True Strength Index"):
 * {@code 100 * EMA_short(EMA_long(m)) / EMA_short(EMA_long(|m|))} with {@code m = x - x[t-1]}.
 * Not in TA-Lib. Each EMA is SMA-seeded on the first output of the one before, as everywhere in
 * this library. 0 when the denominator is 0 (no price change over the whole smoothing). Defaults
 * 25 and 13. Lookback {@code longPeriod + shortPeriod - 1}. Output: {@code value}, in [-100, 100].
 * A NaN input makes this and every later output NaN.
 */
public final class Tsi extends AbstractIndicator {

    private final Source source;
    private final int longPeriod;
    private final int shortPeriod;

    /** Close, 25, 13. */
    public Tsi() {
        this(Source.CLOSE, 25, 13);
    }

    /**
     * @param source      value read from each bar
     * @param longPeriod  first smoothing period, >= 1
     * @param shortPeriod second smoothing period, >= 1
     */
    public Tsi(Source source, int longPeriod, int shortPeriod) {
        super(name(source, longPeriod, shortPeriod), lookback(longPeriod, shortPeriod), "value");
        this.source = source;
        this.longPeriod = longPeriod;
        this.shortPeriod = shortPeriod;
    }

    private static String name(Source source, int longPeriod, int shortPeriod) {
        Params.notNull("tsi", "source", source);
        Params.atLeast("tsi", "longPeriod", longPeriod, 1);
        Params.atLeast("tsi", "shortPeriod", shortPeriod, 1);
        return "tsi(" + source.label() + "," + longPeriod + "," + shortPeriod + ")";
    }

    /**
     * @param longPeriod  first smoothing period
     * @param shortPeriod second smoothing period
     * @return {@code longPeriod + shortPeriod - 1}
     */
    public static int lookback(int longPeriod, int shortPeriod) {
        return longPeriod + shortPeriod - 1;
    }

    /**
     * TSI of {@code in} from index 0.
     *
     * @param in          input values
     * @param longPeriod  first smoothing period, >= 1
     * @param shortPeriod second smoothing period, >= 1
     * @param out         output, as long as {@code in}
     */
    public static void compute(double[] in, int longPeriod, int shortPeriod, double[] out) {
        Params.atLeast("tsi", "longPeriod", longPeriod, 1);
        Params.atLeast("tsi", "shortPeriod", shortPeriod, 1);
        Params.sameLength("tsi", "out", out.length, "in", in.length);
        int n = in.length;
        double[] m = new double[n];
        double[] a = new double[n];
        for (int i = 1; i < n; i++) {
            m[i] = in[i] - in[i - 1];
            a[i] = Math.abs(m[i]);
        }
        double[] s1 = new double[n];
        double[] s2 = new double[n];
        int from = Math.min(1, n);
        int second = Math.min(longPeriod, n);
        Ema.compute(m, from, longPeriod, EmaSeed.SMA, s1);
        Ema.compute(s1, second, shortPeriod, EmaSeed.SMA, s2);
        Ema.compute(a, from, longPeriod, EmaSeed.SMA, s1);
        Ema.compute(s1, second, shortPeriod, EmaSeed.SMA, m);
        int lookback = Math.min(lookback(longPeriod, shortPeriod), n);
        for (int i = lookback; i < n; i++) {
            out[i] = of(s2[i], m[i]);
        }
        Arrays.fill(out, 0, lookback, Double.NaN);
    }

    private static double of(double numerator, double denominator) {
        return denominator == 0.0 ? 0.0 : 100.0 * (numerator / denominator);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), longPeriod, shortPeriod, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Ema.State mLong = new Ema.State(longPeriod, EmaSeed.SMA);
        Ema.State mShort = new Ema.State(shortPeriod, EmaSeed.SMA);
        Ema.State aLong = new Ema.State(longPeriod, EmaSeed.SMA);
        Ema.State aShort = new Ema.State(shortPeriod, EmaSeed.SMA);
        return new BaseStream(1) {
            private int bars;
            private double prev;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                int i = bars++;
                double m = x - prev;
                prev = x;
                if (i == 0) {
                    return;
                }
                double ml = mLong.update(m);
                double al = aLong.update(Math.abs(m));
                if (i < longPeriod) {
                    return;
                }
                double num = mShort.update(ml);
                double den = aShort.update(al);
                if (i >= longPeriod + shortPeriod - 1) {
                    values[0] = of(num, den);
                }
            }
        };
    }
}
