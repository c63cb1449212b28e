package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Sma;

import java.util.Arrays;

/**
 * Chaikin money flow (StockCharts ChartSchool, "Chaikin Money Flow"): the sum of the money flow
 * volume {@code clv * volume} over {@code period} bars divided by the sum of the volume, with
 * {@code clv = ((close - low) - (high - close)) / (high - low)} (0 for a bar with no range); 0
 * when the window has no volume. Not in TA-Lib. Default 20. Lookback {@code period-1}. Output:
 * {@code value}, in [-1, 1]. A NaN input makes this and every later output NaN.
 */
public final class ChaikinMoneyFlow extends AbstractIndicator {

    private final int period;

    /** @param period window length, >= 1 */
    public ChaikinMoneyFlow(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("cmf", "period", period, 1);
        return "cmf(" + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Chaikin money flow from index 0 (the kernel alone does not apply the NaN rule).
     *
     * @param high   highs
     * @param low    lows, as long as {@code high}
     * @param close  closes, as long as {@code high}
     * @param volume volumes, as long as {@code high}
     * @param period window length, >= 1
     * @param out    output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int period,
                               double[] out) {
        Params.atLeast("cmf", "period", period, 1);
        int n = high.length;
        Params.sameLength("cmf", "low", low.length, "high", n);
        Params.sameLength("cmf", "close", close.length, "high", n);
        Params.sameLength("cmf", "volume", volume.length, "high", n);
        Params.sameLength("cmf", "out", out.length, "high", n);
        double[] flow = new double[n];
        for (int i = 0; i < n; i++) {
            flow[i] = AccumulationDistribution.flow(high[i], low[i], close[i], volume[i]);
        }
        // means of flow and volume: their ratio is the ratio of the sums
        double[] meanVolume = new double[n];
        Sma.compute(flow, 0, period, out);
        Sma.compute(volume, 0, period, meanVolume);
        for (int i = period - 1; i < n; i++) {
            out[i] = of(out[i], meanVolume[i]);
        }
        Arrays.fill(out, 0, Math.min(period - 1, n), Double.NaN);
    }

    private static double of(double flow, double volume) {
        return volume == 0.0 ? 0.0 : flow / volume;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), bars.volume(), period, out[0]);
        NaNs.poison(out, bars.high(), bars.low(), bars.close(), bars.volume());
    }

    @Override
    public IndicatorStream stream() {
        Sma.State flow = new Sma.State(period);
        Sma.State vol = new Sma.State(period);
        return new BaseStream(1) {
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close) || Double.isNaN(volume);
                double f = flow.update(AccumulationDistribution.flow(high, low, close, volume));
                double v = vol.update(volume);
                if (flow.ready()) {
                    values[0] = poisoned ? Double.NaN : of(f, v);
                }
            }
        };
    }
}
