package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;

/**
 * Force index (Elder 1993; StockCharts ChartSchool "Force Index"): the EMA over {@code period}
 * bars of {@code (close - previous close) * volume}, which starts at bar 1. Not in TA-Lib. The EMA
 * is SMA-seeded. Default 13. Lookback {@code period}. Output: {@code value}. A NaN input makes
 * this and every later output NaN.
 */
public final class ForceIndex extends AbstractIndicator {

    private final int period;

    /** @param period EMA period, >= 1 (1 gives the raw one-bar force) */
    public ForceIndex(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("force", "period", period, 1);
        return "force(" + period + ")";
    }

    /**
     * @param period EMA period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Force index from index 0.
     *
     * @param close  closes
     * @param volume volumes, as long as {@code close}
     * @param period EMA period, >= 1
     * @param out    output, as long as {@code close}
     */
    public static void compute(double[] close, double[] volume, int period, double[] out) {
        Params.atLeast("force", "period", period, 1);
        int n = close.length;
        Params.sameLength("force", "volume", volume.length, "close", n);
        Params.sameLength("force", "out", out.length, "close", n);
        double[] force = new double[n];
        for (int i = 1; i < n; i++) {
            force[i] = (close[i] - close[i - 1]) * volume[i];
        }
        Ema.compute(force, Math.min(1, n), period, EmaSeed.SMA, out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.close(), bars.volume(), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Ema.State ema = new Ema.State(period, EmaSeed.SMA);
        return new BaseStream(1) {
            private boolean started;
            private double prevClose;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                if (started) {
                    values[0] = ema.update((close - prevClose) * volume);
                }
                started = true;
                prevClose = close;
            }
        };
    }
}
