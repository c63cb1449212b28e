package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Volume-weighted moving average: {@code sum(x*volume) / sum(volume)} over the last
 * {@code period} bars (e.g. StockCharts ChartSchool, "Volume-Weighted Moving Average"). Not in
 * TA-Lib. Lookback {@code period-1}. Output: {@code value}.
 *
 * <p>When the window's volume is 0 no bar can be weighted by it, and the plain mean of the
 * window is returned instead (so {@link Bars#ofClose} data gives the SMA). A NaN input makes
 * this and every later output NaN.
 */
public final class Vwma extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period window length, >= 1; source is the close */
    public Vwma(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source price read from each bar
     * @param period window length, >= 1
     */
    public Vwma(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("vwma", "source", source);
        Params.atLeast("vwma", "period", period, 1);
        return "vwma(" + source.label() + "," + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * VWMA from index 0.
     *
     * @param price  prices
     * @param volume volumes, as long as {@code price}
     * @param period window length, >= 1
     * @param out    output, as long as {@code price}
     */
    public static void compute(double[] price, double[] volume, int period, double[] out) {
        Params.atLeast("vwma", "period", period, 1);
        Params.sameLength("vwma", "volume", volume.length, "price", price.length);
        Params.sameLength("vwma", "out", out.length, "price", price.length);
        int n = price.length;
        int first = period - 1;
        Arrays.fill(out, 0, Math.min(first, n), Double.NaN);
        double sumPv = 0.0;
        double sumV = 0.0;
        double sumP = 0.0;
        for (int i = 0; i < n; i++) {
            double p = price[i];
            double v = volume[i];
            sumPv += p * v;
            sumV += v;
            sumP += p;
            if (i >= period) {
                double op = price[i - period];
                double ov = volume[i - period];
                sumPv -= op * ov;
                sumV -= ov;
                sumP -= op;
            }
            if (i >= first) {
                out[i] = weighted(sumPv, sumV, sumP, period);
            }
        }
    }

    private static double weighted(double sumPv, double sumV, double sumP, int period) {
        return sumV == 0.0 ? sumP / period : sumPv / sumV;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), bars.volume(), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(1) {
            private final double[] prices = new double[period];
            private final double[] volumes = new double[period];
            private int count;
            private int pos;
            private double sumPv;
            private double sumV;
            private double sumP;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double p = source.of(open, high, low, close, volume);
                sumPv += p * volume;
                sumV += volume;
                sumP += p;
                if (count == period) {
                    double op = prices[pos];
                    double ov = volumes[pos];
                    sumPv -= op * ov;
                    sumV -= ov;
                    sumP -= op;
                } else {
                    count++;
                }
                prices[pos] = p;
                volumes[pos] = volume;
                if (++pos == period) {
                    pos = 0;
                }
                if (count == period) {
                    values[0] = weighted(sumPv, sumV, sumP, period);
                }
            }
        };
    }
}
