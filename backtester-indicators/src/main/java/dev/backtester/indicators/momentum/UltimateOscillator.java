package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Sma;

import java.util.Arrays;

/**
 * Ultimate oscillator (Williams 1985). TA-Lib: ULTOSC. Buying pressure {@code bp = close -
 * min(low, prevClose)} and true range {@code tr = max(high, prevClose) - min(low, prevClose)} start
 * at bar 1; {@code avg_i = sum(bp)/sum(tr)} over each period (a zero range sum contributes 0, as in
 * TA-Lib); value = {@code 100 * (4*avg1 + 2*avg2 + avg3) / 7}. Periods must be increasing (TA-Lib
 * sorts them instead). Lookback {@code period3}. Output: {@code value}. A NaN input makes this and
 * every later output NaN.
 */
public final class UltimateOscillator extends AbstractIndicator {

    private final int period1;
    private final int period2;
    private final int period3;

    /** Williams' 7, 14, 28. */
    public UltimateOscillator() {
        this(7, 14, 28);
    }

    /**
     * @param period1 short period, >= 1
     * @param period2 medium period, > period1
     * @param period3 long period, > period2
     */
    public UltimateOscillator(int period1, int period2, int period3) {
        super(name(period1, period2, period3), lookback(period3), "value");
        this.period1 = period1;
        this.period2 = period2;
        this.period3 = period3;
    }

    private static String name(int p1, int p2, int p3) {
        validate(p1, p2, p3);
        return "ultosc(" + p1 + "," + p2 + "," + p3 + ")";
    }

    private static void validate(int p1, int p2, int p3) {
        Params.atLeast("ultosc", "period1", p1, 1);
        Params.less("ultosc", "period1", p1, "period2", p2);
        Params.less("ultosc", "period2", p2, "period3", p3);
    }

    /**
     * @param period3 long period
     * @return {@code period3}
     */
    public static int lookback(int period3) {
        return period3;
    }

    /**
     * Ultimate oscillator from index 0.
     *
     * @param high    highs
     * @param low     lows, as long as {@code high}
     * @param close   closes, as long as {@code high}
     * @param period1 short period, >= 1
     * @param period2 medium period, > period1
     * @param period3 long period, > period2
     * @param out     output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period1, int period2, int period3,
                               double[] out) {
        validate(period1, period2, period3);
        int n = close.length;
        Params.sameLength("ultosc", "high", high.length, "close", n);
        Params.sameLength("ultosc", "low", low.length, "close", n);
        Params.sameLength("ultosc", "out", out.length, "close", n);
        double[] bp = new double[n];
        double[] tr = new double[n];
        for (int i = 1; i < n; i++) {
            double trueLow = Math.min(low[i], close[i - 1]);
            bp[i] = close[i] - trueLow;
            tr[i] = Math.max(high[i], close[i - 1]) - trueLow;
        }
        int from = Math.min(1, n);
        double[][] b = new double[3][n];
        double[][] t = new double[3][n];
        int[] periods = {period1, period2, period3};
        for (int k = 0; k < 3; k++) {
            Sma.compute(bp, from, periods[k], b[k]);
            Sma.compute(tr, from, periods[k], t[k]);
        }
        for (int i = period3; i < n; i++) {
            out[i] = of(b[0][i], t[0][i], b[1][i], t[1][i], b[2][i], t[2][i]);
        }
        Arrays.fill(out, 0, Math.min(period3, n), Double.NaN);
    }

    private static double of(double b1, double t1, double b2, double t2, double b3, double t3) {
        // the means' ratio equals the sums' ratio; a zero range contributes nothing
        double sum = 0.0;
        if (t1 != 0.0) {
            sum += 4.0 * (b1 / t1);
        }
        if (t2 != 0.0) {
            sum += 2.0 * (b2 / t2);
        }
        if (t3 != 0.0) {
            sum += b3 / t3;
        }
        return 100.0 * (sum / 7.0);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period1, period2, period3, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Sma.State b1 = new Sma.State(period1);
        Sma.State b2 = new Sma.State(period2);
        Sma.State b3 = new Sma.State(period3);
        Sma.State t1 = new Sma.State(period1);
        Sma.State t2 = new Sma.State(period2);
        Sma.State t3 = new Sma.State(period3);
        return new BaseStream(1) {
            private int bars;
            private double prevClose;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                int i = bars++;
                double pc = prevClose;
                prevClose = close;
                if (i == 0) {
                    return;
                }
                double trueLow = Math.min(low, pc);
                double bp = close - trueLow;
                double tr = Math.max(high, pc) - trueLow;
                double v = of(b1.update(bp), t1.update(tr), b2.update(bp), t2.update(tr), b3.update(bp), t3.update(tr));
                if (i >= period3) {
                    values[0] = v;
                }
            }
        };
    }
}
