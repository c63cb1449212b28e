package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Moving average convergence/divergence (Appel). TA-Lib: MACD. Outputs:
 * {@code macd} = EMA(fast) - EMA(slow), {@code signal} = EMA(signal) of the MACD line,
 * {@code histogram} = macd - signal. Lookback {@code (slow-1) + (signal-1)}; all three outputs
 * start together, as in TA-Lib.
 *
 * <p>TA-Lib seeding, which users of other tools may not expect: the slow EMA is seeded with the
 * SMA of bars {@code 0..slow-1}, and the fast EMA with the SMA of the {@code fast} bars ending at
 * bar {@code slow-1} (not of bars {@code 0..fast-1}), so both lines start on the same bar; the
 * signal EMA is seeded with the SMA of the first {@code signal} MACD values. A NaN input makes
 * this and every later output NaN.
 */
public final class Macd extends AbstractIndicator {

    private final Source source;
    private final int fastPeriod;
    private final int slowPeriod;
    private final int signalPeriod;

    /** Close, 12, 26, 9. */
    public Macd() {
        this(Source.CLOSE, 12, 26, 9);
    }

    /**
     * @param source       value read from each bar
     * @param fastPeriod   fast EMA period, >= 1
     * @param slowPeriod   slow EMA period, > fastPeriod
     * @param signalPeriod signal EMA period, >= 1
     */
    public Macd(Source source, int fastPeriod, int slowPeriod, int signalPeriod) {
        super(name(source, fastPeriod, slowPeriod, signalPeriod), lookback(slowPeriod, signalPeriod),
                "macd", "signal", "histogram");
        this.source = source;
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
        this.signalPeriod = signalPeriod;
    }

    private static String name(Source source, int fast, int slow, int signal) {
        Params.notNull("macd", "source", source);
        validate(fast, slow, signal);
        return "macd(" + source.label() + "," + fast + "," + slow + "," + signal + ")";
    }

    private static void validate(int fast, int slow, int signal) {
        Params.atLeast("macd", "fastPeriod", fast, 1);
        Params.less("macd", "fastPeriod", fast, "slowPeriod", slow);
        Params.atLeast("macd", "signalPeriod", signal, 1);
    }

    /**
     * @param slowPeriod   slow EMA period
     * @param signalPeriod signal EMA period
     * @return {@code (slowPeriod-1) + (signalPeriod-1)}
     */
    public static int lookback(int slowPeriod, int signalPeriod) {
        return slowPeriod - 1 + signalPeriod - 1;
    }

    /**
     * MACD of {@code in} from index 0; all outputs as long as {@code in}.
     *
     * @param in           input values
     * @param fastPeriod   fast EMA period, >= 1
     * @param slowPeriod   slow EMA period, > fastPeriod
     * @param signalPeriod signal EMA period, >= 1
     * @param macd         MACD line
     * @param signal       signal line
     * @param histogram    macd - signal
     */
    public static void compute(double[] in, int fastPeriod, int slowPeriod, int signalPeriod,
                               double[] macd, double[] signal, double[] histogram) {
        validate(fastPeriod, slowPeriod, signalPeriod);
        int n = in.length;
        Params.sameLength("macd", "macd", macd.length, "in", n);
        Params.sameLength("macd", "signal", signal.length, "in", n);
        Params.sameLength("macd", "histogram", histogram.length, "in", n);
        int start = Math.min(slowPeriod - 1, n);
        Ema.compute(in, Math.min(slowPeriod - fastPeriod, n), fastPeriod, EmaSeed.SMA, macd);
        Ema.compute(in, 0, slowPeriod, EmaSeed.SMA, histogram);
        for (int i = start; i < n; i++) {
            macd[i] -= histogram[i];
        }
        Ema.compute(macd, start, signalPeriod, EmaSeed.SMA, signal);
        int lookback = Math.min(lookback(slowPeriod, signalPeriod), n);
        for (int i = lookback; i < n; i++) {
            histogram[i] = macd[i] - signal[i];
        }
        Arrays.fill(macd, 0, lookback, Double.NaN);
        Arrays.fill(histogram, 0, lookback, Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), fastPeriod, slowPeriod, signalPeriod, out[0], out[1], out[2]);
    }

    @Override
    public IndicatorStream stream() {
        Ema.State fast = new Ema.State(fastPeriod, EmaSeed.SMA);
        Ema.State slow = new Ema.State(slowPeriod, EmaSeed.SMA);
        Ema.State sig = new Ema.State(signalPeriod, EmaSeed.SMA);
        int fastFrom = slowPeriod - fastPeriod;
        int lookback = lookback();
        return new BaseStream(3) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                int i = bars++;
                double f = i >= fastFrom ? fast.update(x) : Double.NaN;
                double s = slow.update(x);
                if (i < slowPeriod - 1) {
                    return;
                }
                double m = f - s;
                double g = sig.update(m);
                if (i >= lookback) {
                    values[0] = m;
                    values[1] = g;
                    values[2] = m - g;
                }
            }
        };
    }
}
