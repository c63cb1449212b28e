package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;

/**
 * Accumulation/distribution line (Chaikin). TA-Lib: AD. Running sum from bar 0 (included, as in
 * TA-Lib) of {@code clv * volume}, with the close location value
 * {@code clv = ((close - low) - (high - close)) / (high - low)}; a bar with no range adds
 * nothing. Lookback 0. Output: {@code value}. A NaN input makes this and every later output NaN.
 */
public final class AccumulationDistribution extends AbstractIndicator {

    /** The A/D line (no parameters). */
    public AccumulationDistribution() {
        super("ad()", 0, "value");
    }

    /**
     * A/D line from index 0 (the kernel alone does not apply the NaN rule).
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param volume volumes, as long as {@code high}
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, double[] out) {
        int n = high.length;
        Params.sameLength("ad", "low", low.length, "high", n);
        Params.sameLength("ad", "close", close.length, "high", n);
        Params.sameLength("ad", "volume", volume.length, "high", n);
        Params.sameLength("ad", "out", out.length, "high", n);
        double ad = 0.0;
        for (int i = 0; i < n; i++) {
            ad += flow(high[i], low[i], close[i], volume[i]);
            out[i] = ad;
        }
    }

    /**
     * @param high   the bar's high
     * @param low    the bar's low
     * @param close  the bar's close
     * @param volume the bar's volume
     * @return the bar's money flow volume {@code clv * volume}, 0 for a bar with no range
     */
    static double flow(double high, double low, double close, double volume) {
        double range = high - low;
        return range > 0.0 ? (((close - low) - (high - close)) / range) * volume : 0.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), bars.volume(), out[0]);
        NaNs.poison(out, bars.high(), bars.low(), bars.close(), bars.volume());
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private double ad;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close) || Double.isNaN(volume);
                ad += flow(high, low, close, volume);
                values[0] = poisoned ? Double.NaN : ad;
            }
        };
    }
}
