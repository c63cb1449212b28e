package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Stochastic RSI (Chande and Kroll 1994): the fast stochastic applied to the RSI series (RSI as
 * high, low and close). TA-Lib: STOCHRSI with SMA %D (its default). Outputs: {@code k, d}.
 * Lookback {@code rsiPeriod + (fastK-1) + (fastD-1)}. %K is 0 when the RSI range is 0. A NaN input
 * makes this and every later output NaN.
 */
public final class StochRsi extends AbstractIndicator {

    private final Source source;
    private final int rsiPeriod;
    private final int fastKPeriod;
    private final int fastDPeriod;

    /** Close, TA-Lib's defaults 14, 5, 3. */
    public StochRsi() {
        this(Source.CLOSE, 14, 5, 3);
    }

    /**
     * @param source      value read from each bar
     * @param rsiPeriod   RSI period, >= 2
     * @param fastKPeriod %K window over the RSI, >= 1
     * @param fastDPeriod smoothing of %D, >= 1
     */
    public StochRsi(Source source, int rsiPeriod, int fastKPeriod, int fastDPeriod) {
        super(name(source, rsiPeriod, fastKPeriod, fastDPeriod), lookback(rsiPeriod, fastKPeriod, fastDPeriod), "k", "d");
        this.source = source;
        this.rsiPeriod = rsiPeriod;
        this.fastKPeriod = fastKPeriod;
        this.fastDPeriod = fastDPeriod;
    }

    private static String name(Source source, int rsiPeriod, int fastK, int fastD) {
        Params.notNull("stochrsi", "source", source);
        Params.atLeast("stochrsi", "rsiPeriod", rsiPeriod, 2);
        StochasticFast.validate("stochrsi", fastK, fastD);
        return "stochrsi(" + source.label() + "," + rsiPeriod + "," + fastK + "," + fastD + ")";
    }

    /**
     * @param rsiPeriod   RSI period
     * @param fastKPeriod %K window
     * @param fastDPeriod smoothing of %D
     * @return {@code rsiPeriod + (fastK-1) + (fastD-1)}
     */
    public static int lookback(int rsiPeriod, int fastKPeriod, int fastDPeriod) {
        return rsiPeriod + StochasticFast.lookback(fastKPeriod, fastDPeriod);
    }

    /**
     * Stochastic RSI of {@code in} from index 0.
     *
     * @param in          input values
     * @param rsiPeriod   RSI period, >= 2
     * @param fastKPeriod %K window, >= 1
     * @param fastDPeriod smoothing of %D, >= 1
     * @param k           %K, as long as {@code in}
     * @param d           %D, as long as {@code in}
     */
    public static void compute(double[] in, int rsiPeriod, int fastKPeriod, int fastDPeriod, double[] k, double[] d) {
        double[] rsi = new double[in.length];
        Rsi.compute(in, rsiPeriod, rsi);
        StochasticFast.compute(rsi, rsi, rsi, Math.min(rsiPeriod, in.length), fastKPeriod, fastDPeriod, k, d);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), rsiPeriod, fastKPeriod, fastDPeriod, out[0], out[1]);
    }

    @Override
    public IndicatorStream stream() {
        Rsi.State rsi = new Rsi.State(rsiPeriod);
        StochasticFast.State stoch = new StochasticFast.State(fastKPeriod, fastDPeriod);
        return new BaseStream(2) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double r = rsi.update(source.of(open, high, low, close, volume));
                if (bars++ >= rsiPeriod && stoch.update(r, r, r)) {
                    values[0] = stoch.k();
                    values[1] = stoch.d();
                }
            }
        };
    }
}
