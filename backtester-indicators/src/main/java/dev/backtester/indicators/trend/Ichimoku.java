package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.RollingExtreme;

import java.util.Arrays;

/**
 * Ichimoku Kinko Hyo (Hosoda; StockCharts ChartSchool "Ichimoku Cloud"). Not in TA-Lib. Defaults
 * 9, 26, 52. Outputs: {@code tenkan} = midpoint of the highest high and lowest low over
 * {@code tenkanPeriod} bars, {@code kijun} = the same over {@code kijunPeriod}, {@code senkou_a} =
 * (tenkan + kijun) / 2, {@code senkou_b} = the midpoint over {@code senkouBPeriod}. Lookback
 * {@code max(periods) - 1}; all outputs start together.
 *
 * <p>Charts draw the two senkou spans shifted {@code kijunPeriod} bars into the future. Here they
 * are placed at the bar where they become KNOWN (unshifted), so a strategy reading them at bar t
 * uses only bars up to t; to get the value a chart shows above bar t, read bar t - 26. The chikou
 * span (the close plotted 26 bars in the past) is deliberately not offered: its value "at" a bar is
 * a close from 26 bars later, i.e. the future, and any rule using it at that bar would look ahead.
 * Compare the close with the close 26 bars ago instead. A NaN input makes this and every later
 * output NaN.
 */
public final class Ichimoku extends AbstractIndicator {

    private final int tenkanPeriod;
    private final int kijunPeriod;
    private final int senkouBPeriod;

    /** Hosoda's 9, 26, 52. */
    public Ichimoku() {
        this(9, 26, 52);
    }

    /**
     * @param tenkanPeriod  conversion line period, >= 1
     * @param kijunPeriod   base line period, >= 1
     * @param senkouBPeriod leading span B period, >= 1
     */
    public Ichimoku(int tenkanPeriod, int kijunPeriod, int senkouBPeriod) {
        super(name(tenkanPeriod, kijunPeriod, senkouBPeriod), lookback(tenkanPeriod, kijunPeriod, senkouBPeriod),
                "tenkan", "kijun", "senkou_a", "senkou_b");
        this.tenkanPeriod = tenkanPeriod;
        this.kijunPeriod = kijunPeriod;
        this.senkouBPeriod = senkouBPeriod;
    }

    private static String name(int tenkan, int kijun, int senkouB) {
        Params.atLeast("ichimoku", "tenkanPeriod", tenkan, 1);
        Params.atLeast("ichimoku", "kijunPeriod", kijun, 1);
        Params.atLeast("ichimoku", "senkouBPeriod", senkouB, 1);
        return "ichimoku(" + tenkan + "," + kijun + "," + senkouB + ")";
    }

    /**
     * @param tenkanPeriod  conversion line period
     * @param kijunPeriod   base line period
     * @param senkouBPeriod leading span B period
     * @return {@code max(periods) - 1}
     */
    public static int lookback(int tenkanPeriod, int kijunPeriod, int senkouBPeriod) {
        return Math.max(tenkanPeriod, Math.max(kijunPeriod, senkouBPeriod)) - 1;
    }

    /**
     * Ichimoku lines from index 0 (unshifted); all outputs NaN for the first
     * {@code max(periods)-1} bars.
     *
     * @param high          highs
     * @param low           lows, as long as {@code high}
     * @param tenkanPeriod  conversion line period, >= 1
     * @param kijunPeriod   base line period, >= 1
     * @param senkouBPeriod leading span B period, >= 1
     * @param tenkan        conversion line, as long as {@code high}
     * @param kijun         base line, as long as {@code high}
     * @param senkouA       leading span A, as long as {@code high}
     * @param senkouB       leading span B, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, int tenkanPeriod, int kijunPeriod, int senkouBPeriod,
                               double[] tenkan, double[] kijun, double[] senkouA, double[] senkouB) {
        int lookback = Math.min(lookback(tenkanPeriod, kijunPeriod, senkouBPeriod), high.length);
        Params.atLeast("ichimoku", "tenkanPeriod", tenkanPeriod, 1);
        Params.atLeast("ichimoku", "kijunPeriod", kijunPeriod, 1);
        Params.atLeast("ichimoku", "senkouBPeriod", senkouBPeriod, 1);
        int n = high.length;
        Params.sameLength("ichimoku", "low", low.length, "high", n);
        Params.sameLength("ichimoku", "senkouA", senkouA.length, "high", n);
        // senkouA serves as scratch for the lowest lows until the end
        midpoint(high, low, tenkanPeriod, tenkan, senkouA);
        midpoint(high, low, kijunPeriod, kijun, senkouA);
        midpoint(high, low, senkouBPeriod, senkouB, senkouA);
        for (int i = lookback; i < n; i++) {
            senkouA[i] = (tenkan[i] + kijun[i]) / 2.0;
        }
        int poison = Math.max(lookback, NaNs.first(high, low));
        for (double[] out : new double[][] {tenkan, kijun, senkouA, senkouB}) {
            Arrays.fill(out, 0, lookback, Double.NaN);
            Arrays.fill(out, poison, n, Double.NaN);
        }
    }

    private static void midpoint(double[] high, double[] low, int period, double[] out, double[] scratch) {
        RollingExtreme.window(high, 0, period, true, out, null);
        RollingExtreme.window(low, 0, period, false, scratch, null);
        for (int i = period - 1; i < out.length; i++) {
            out[i] = (out[i] + scratch[i]) / 2.0;
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), tenkanPeriod, kijunPeriod, senkouBPeriod, out[0], out[1], out[2], out[3]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State();
        return new BaseStream(4) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                state.update(high, low);
                System.arraycopy(state.values, 0, values, 0, 4);
            }
        };
    }

    private final class State {
        private final RollingExtreme tenkanHigh = new RollingExtreme(tenkanPeriod, true);
        private final RollingExtreme tenkanLow = new RollingExtreme(tenkanPeriod, false);
        private final RollingExtreme kijunHigh = new RollingExtreme(kijunPeriod, true);
        private final RollingExtreme kijunLow = new RollingExtreme(kijunPeriod, false);
        private final RollingExtreme spanHigh = new RollingExtreme(senkouBPeriod, true);
        private final RollingExtreme spanLow = new RollingExtreme(senkouBPeriod, false);
        private final double[] values = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        private int bars;
        private boolean poisoned;

        void update(double high, double low) {
            double tenkan = (tenkanHigh.update(high) + tenkanLow.update(low)) / 2.0;
            double kijun = (kijunHigh.update(high) + kijunLow.update(low)) / 2.0;
            double spanB = (spanHigh.update(high) + spanLow.update(low)) / 2.0;
            poisoned |= Double.isNaN(high) || Double.isNaN(low);
            if (bars++ < lookback()) {
                return;
            }
            if (poisoned) {
                Arrays.fill(values, Double.NaN);
                return;
            }
            values[0] = tenkan;
            values[1] = kijun;
            values[2] = (tenkan + kijun) / 2.0;
            values[3] = spanB;
        }
    }
}
