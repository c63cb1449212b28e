package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Money flow index (Quong and Soudack). TA-Lib: MFI. Raw money flow {@code tp * volume} with
 * {@code tp = (high+low+close)/3} counts as positive when tp rose from the previous bar, negative
 * when it fell, and not at all when unchanged (from bar 1). Value {@code 100 * positive /
 * (positive + negative)} over the last {@code period} bars, 0 when both are 0. Lookback
 * {@code period}. Output: {@code value}. A NaN input makes this and every later output NaN.
 */
public final class Mfi extends AbstractIndicator {

    private final int period;

    /** @param period window length, >= 1 */
    public Mfi(int period) {
        super(name(period), lookback(period), "value");
        this.period = period;
    }

    private static String name(int period) {
        Params.atLeast("mfi", "period", period, 1);
        return "mfi(" + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * MFI from index 0 (the kernel alone does not apply the NaN rule).
     *
     * @param typical typical prices
     * @param volume  volumes, as long as {@code typical}
     * @param period  window length, >= 1
     * @param out     output, as long as {@code typical}
     */
    public static void compute(double[] typical, double[] volume, int period, double[] out) {
        Params.atLeast("mfi", "period", period, 1);
        int n = typical.length;
        Params.sameLength("mfi", "volume", volume.length, "typical", n);
        Params.sameLength("mfi", "out", out.length, "typical", n);
        double[] positive = new double[n];
        double[] negative = new double[n];
        double sumPositive = 0.0;
        double sumNegative = 0.0;
        for (int i = 1; i < n; i++) {
            double flow = typical[i] * volume[i];
            positive[i] = typical[i] > typical[i - 1] ? flow : 0.0;
            negative[i] = typical[i] < typical[i - 1] ? flow : 0.0;
            sumPositive += positive[i];
            sumNegative += negative[i];
            if (i > period) {
                sumPositive -= positive[i - period];
                sumNegative -= negative[i - period];
            }
            if (i >= period) {
                out[i] = of(sumPositive, sumNegative);
            }
        }
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
    }

    private static double of(double positive, double negative) {
        double total = positive + negative;
        return total == 0.0 ? 0.0 : 100.0 * (positive / total);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        double[] typical = Source.TYPICAL.values(bars);
        compute(typical, bars.volume(), period, out[0]);
        NaNs.poison(out, typical, bars.volume());
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private final double[] positives = new double[period];
            private final double[] negatives = new double[period];
            private int bars;
            private int pos;
            private double prev;
            private double sumPositive;
            private double sumNegative;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double tp = Source.TYPICAL.of(open, high, low, close, volume);
                poisoned |= Double.isNaN(tp) || Double.isNaN(volume);
                double previous = prev;
                prev = tp;
                int i = bars++;
                if (i == 0) {
                    return;
                }
                double flow = tp * volume;
                double positive = tp > previous ? flow : 0.0;
                double negative = tp < previous ? flow : 0.0;
                sumPositive += positive;
                sumNegative += negative;
                if (i > period) {
                    sumPositive -= positives[pos];
                    sumNegative -= negatives[pos];
                }
                positives[pos] = positive;
                negatives[pos] = negative;
                if (++pos == period) {
                    pos = 0;
                }
                if (i >= period) {
                    values[0] = poisoned ? Double.NaN : of(sumPositive, sumNegative);
                }
            }
        };
    }
}
