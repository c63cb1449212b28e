package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Sma;

import java.util.Arrays;

/**
 * Fast stochastic oscillator (Lane). TA-Lib: STOCHF with SMA smoothing (its default). Outputs:
 * {@code k} = raw %K over {@code fastKPeriod} bars, {@code d} = SMA(fastDPeriod) of {@code k}.
 * Lookback {@code (fastK-1) + (fastD-1)}; both outputs start together, as in TA-Lib. Raw %K is 0
 * when the range is 0. A NaN input makes this and every later output NaN.
 */
public final class StochasticFast extends AbstractIndicator {

    private final int fastKPeriod;
    private final int fastDPeriod;

    /** TA-Lib's defaults 5, 3. */
    public StochasticFast() {
        this(5, 3);
    }

    /**
     * @param fastKPeriod raw %K window, >= 1
     * @param fastDPeriod smoothing of %D, >= 1
     */
    public StochasticFast(int fastKPeriod, int fastDPeriod) {
        super(name(fastKPeriod, fastDPeriod), lookback(fastKPeriod, fastDPeriod), "k", "d");
        this.fastKPeriod = fastKPeriod;
        this.fastDPeriod = fastDPeriod;
    }

    private static String name(int fastK, int fastD) {
        validate("stochf", fastK, fastD);
        return "stochf(" + fastK + "," + fastD + ")";
    }

    static void validate(String indicator, int fastK, int fastD) {
        Params.atLeast(indicator, "fastKPeriod", fastK, 1);
        Params.atLeast(indicator, "fastDPeriod", fastD, 1);
    }

    /**
     * @param fastKPeriod raw %K window
     * @param fastDPeriod smoothing of %D
     * @return {@code (fastK-1) + (fastD-1)}
     */
    public static int lookback(int fastKPeriod, int fastDPeriod) {
        return fastKPeriod - 1 + fastDPeriod - 1;
    }

    /**
     * Fast stochastic of inputs valid from index {@code from}; outputs are NaN before
     * {@code from + lookback}.
     *
     * @param high        highs
     * @param low         lows, as long as {@code high}
     * @param close       closes, as long as {@code high}
     * @param from        first valid input index, >= 0
     * @param fastKPeriod raw %K window, >= 1
     * @param fastDPeriod smoothing of %D, >= 1
     * @param k           fast %K, as long as {@code high}
     * @param d           fast %D, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int from, int fastKPeriod,
                               int fastDPeriod, double[] k, double[] d) {
        validate("stochf", fastKPeriod, fastDPeriod);
        int n = close.length;
        Params.sameLength("stochf", "high", high.length, "close", n);
        Params.sameLength("stochf", "low", low.length, "close", n);
        Params.sameLength("stochf", "k", k.length, "close", n);
        Params.sameLength("stochf", "d", d.length, "close", n);
        StochasticK.compute(high, low, close, Math.min(from, n), fastKPeriod, k);
        Sma.compute(k, Math.min(from + fastKPeriod - 1, n), fastDPeriod, d);
        Arrays.fill(k, 0, Math.min(from + lookback(fastKPeriod, fastDPeriod), n), Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), 0, fastKPeriod, fastDPeriod, out[0], out[1]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(fastKPeriod, fastDPeriod);
        return new BaseStream(2) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                if (state.update(high, low, close)) {
                    values[0] = state.k();
                    values[1] = state.d();
                }
            }
        };
    }

    /** Streaming fast stochastic, bit-identical to the kernel. */
    static final class State {
        private final StochasticK.State raw;
        private final Sma.State fastD;
        private final int fastKPeriod;
        private final int lookback;
        private int bars;
        private double k;
        private double d;

        State(int fastKPeriod, int fastDPeriod) {
            this.raw = new StochasticK.State(fastKPeriod);
            this.fastD = new Sma.State(fastDPeriod);
            this.fastKPeriod = fastKPeriod;
            this.lookback = lookback(fastKPeriod, fastDPeriod);
        }

        /** @return whether both outputs are past the warm-up */
        boolean update(double high, double low, double close) {
            k = raw.update(high, low, close);
            int i = bars++;
            if (i >= fastKPeriod - 1) {
                d = fastD.update(k);
            }
            return i >= lookback;
        }

        double k() {
            return k;
        }

        double d() {
            return d;
        }
    }
}
