package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Sma;

import java.util.Arrays;

/**
 * Slow stochastic oscillator (Lane). TA-Lib: STOCH with SMA smoothing (its default). Outputs:
 * {@code k} = SMA(slowKPeriod) of the raw %K over {@code fastKPeriod} bars, {@code d} =
 * SMA(slowDPeriod) of {@code k}. Lookback {@code (fastK-1) + (slowK-1) + (slowD-1)}; both outputs
 * start together, as in TA-Lib. Raw %K is 0 when the range is 0. A NaN input makes this and every
 * later output NaN.
 */
public final class Stochastic extends AbstractIndicator {

    private final int fastKPeriod;
    private final int slowKPeriod;
    private final int slowDPeriod;

    /** TA-Lib's defaults 5, 3, 3. */
    public Stochastic() {
        this(5, 3, 3);
    }

    /**
     * @param fastKPeriod raw %K window, >= 1
     * @param slowKPeriod smoothing of %K, >= 1
     * @param slowDPeriod smoothing of %D, >= 1
     */
    public Stochastic(int fastKPeriod, int slowKPeriod, int slowDPeriod) {
        super(name(fastKPeriod, slowKPeriod, slowDPeriod), lookback(fastKPeriod, slowKPeriod, slowDPeriod), "k", "d");
        this.fastKPeriod = fastKPeriod;
        this.slowKPeriod = slowKPeriod;
        this.slowDPeriod = slowDPeriod;
    }

    private static String name(int fastK, int slowK, int slowD) {
        validate(fastK, slowK, slowD);
        return "stoch(" + fastK + "," + slowK + "," + slowD + ")";
    }

    private static void validate(int fastK, int slowK, int slowD) {
        Params.atLeast("stoch", "fastKPeriod", fastK, 1);
        Params.atLeast("stoch", "slowKPeriod", slowK, 1);
        Params.atLeast("stoch", "slowDPeriod", slowD, 1);
    }

    /**
     * @param fastKPeriod raw %K window
     * @param slowKPeriod smoothing of %K
     * @param slowDPeriod smoothing of %D
     * @return {@code (fastK-1) + (slowK-1) + (slowD-1)}
     */
    public static int lookback(int fastKPeriod, int slowKPeriod, int slowDPeriod) {
        return fastKPeriod - 1 + slowKPeriod - 1 + slowDPeriod - 1;
    }

    /**
     * Slow stochastic from index 0.
     *
     * @param high        highs
     * @param low         lows, as long as {@code high}
     * @param close       closes, as long as {@code high}
     * @param fastKPeriod raw %K window, >= 1
     * @param slowKPeriod smoothing of %K, >= 1
     * @param slowDPeriod smoothing of %D, >= 1
     * @param k           slow %K, as long as {@code high}
     * @param d           slow %D, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int fastKPeriod, int slowKPeriod,
                               int slowDPeriod, double[] k, double[] d) {
        validate(fastKPeriod, slowKPeriod, slowDPeriod);
        int n = close.length;
        Params.sameLength("stoch", "high", high.length, "close", n);
        Params.sameLength("stoch", "low", low.length, "close", n);
        Params.sameLength("stoch", "k", k.length, "close", n);
        Params.sameLength("stoch", "d", d.length, "close", n);
        double[] raw = new double[n];
        StochasticK.compute(high, low, close, 0, fastKPeriod, raw);
        Sma.compute(raw, Math.min(fastKPeriod - 1, n), slowKPeriod, k);
        Sma.compute(k, Math.min(fastKPeriod - 1 + slowKPeriod - 1, n), slowDPeriod, d);
        Arrays.fill(k, 0, Math.min(lookback(fastKPeriod, slowKPeriod, slowDPeriod), n), Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), fastKPeriod, slowKPeriod, slowDPeriod, out[0], out[1]);
    }

    @Override
    public IndicatorStream stream() {
        StochasticK.State raw = new StochasticK.State(fastKPeriod);
        Sma.State slowK = new Sma.State(slowKPeriod);
        Sma.State slowD = new Sma.State(slowDPeriod);
        int lookback = lookback();
        return new BaseStream(2) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double r = raw.update(high, low, close);
                int i = bars++;
                if (i < fastKPeriod - 1) {
                    return;
                }
                double k = slowK.update(r);
                if (i < fastKPeriod - 1 + slowKPeriod - 1) {
                    return;
                }
                double d = slowD.update(k);
                if (i >= lookback) {
                    values[0] = k;
                    values[1] = d;
                }
            }
        };
    }
}
