package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Commodity channel index (Lambert 1980): {@code (tp - SMA(tp)) / (0.015 * meanAbsDev(tp))} over
 * {@code period} bars of the typical price {@code tp = (high+low+close)/3}; 0 when the deviation or
 * the mean deviation is 0 (TA-Lib's convention). TA-Lib: CCI. Lookback {@code period-1}. Output:
 * {@code value}.
 *
 * <p>The mean absolute deviation has no running form, so each bar costs O(period), in batch and in
 * the stream alike (still no allocation). A NaN input makes this and every later output NaN.
 */
public final class Cci extends AbstractIndicator {

    private final int period;

    /** @param period window length, >= 1 */
    public Cci(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("cci", "period", period, 1);
        return "cci(" + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * CCI of a typical-price series from index 0.
     *
     * @param typical typical prices
     * @param period  window length, >= 1
     * @param out     output, as long as {@code typical}
     */
    public static void compute(double[] typical, int period, double[] out) {
        Params.atLeast("cci", "period", period, 1);
        Params.sameLength("cci", "out", out.length, "typical", typical.length);
        int n = typical.length;
        Arrays.fill(out, 0, Math.min(period - 1, n), Double.NaN);
        for (int i = period - 1; i < n; i++) {
            int from = i - period + 1;
            double sum = 0.0;
            for (int j = from; j <= i; j++) {
                sum += typical[j];
            }
            double mean = sum / period;
            double dev = 0.0;
            for (int j = from; j <= i; j++) {
                dev += Math.abs(typical[j] - mean);
            }
            out[i] = of(typical[i] - mean, dev / period);
        }
    }

    private static double of(double deviation, double meanDeviation) {
        return deviation != 0.0 && meanDeviation != 0.0 ? deviation / (0.015 * meanDeviation) : 0.0;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] typical = Source.TYPICAL.values(bars);
        compute(typical, period, out[0]);
        NaNs.poison(out, typical);
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private final double[] window = new double[period];
            private int count;
            private int pos;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double tp = Source.TYPICAL.of(open, high, low, close, volume);
                poisoned |= Double.isNaN(tp);
                window[pos] = tp;
                if (++pos == period) {
                    pos = 0;
                }
                if (++count < period) {
                    return;
                }
                // pos is now the oldest value: sum in time order, like the kernel
                double sum = 0.0;
                for (int j = 0; j < period; j++) {
                    sum += window[(pos + j) % period];
                }
                double mean = sum / period;
                double dev = 0.0;
                for (int j = 0; j < period; j++) {
                    dev += Math.abs(window[(pos + j) % period] - mean);
                }
                values[0] = poisoned ? Double.NaN : of(tp - mean, dev / period);
            }
        };
    }
}
