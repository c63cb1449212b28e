package dev.backtester.api.result;

import java.util.Arrays;

/**
 * Account value per bar time: equity and cash, marked at each bar's close. For a portfolio the
 * points are the distinct bar times of all its symbols. Immutable; array accessors return copies.
 */
public final class EquityCurve {
    private final long[] times;
    private final double[] equity;
    private final double[] cash;

    /** Creates a curve from arrays (copied); all three must have the same length. */
    public EquityCurve(long[] times, double[] equity, double[] cash) {
        this(times.clone(), equity.clone(), cash.clone(), true);
    }

    private EquityCurve(long[] times, double[] equity, double[] cash, boolean owned) {
        if (equity.length != times.length || cash.length != times.length) {
            throw new IllegalArgumentException("equity curve columns differ in length: times=" + times.length
                    + " equity=" + equity.length + " cash=" + cash.length);
        }
        this.times = times;
        this.equity = equity;
        this.cash = cash;
    }

    /**
     * Creates a curve that takes ownership of the arrays without copying them. The caller must
     * never write to them afterwards; the engine uses this to hand over the arrays it filled,
     * saving a copy of every column on each run.
     */
    public static EquityCurve ofOwnedArrays(long[] times, double[] equity, double[] cash) {
        return new EquityCurve(times, equity, cash, true);
    }

    /** Number of points. */
    public int size() { return times.length; }

    /** Time of point {@code i}, UTC epoch ms. */
    public long time(int i) { return times[i]; }

    /** Equity at point {@code i}. */
    public double equity(int i) { return equity[i]; }

    /** Cash at point {@code i}. */
    public double cash(int i) { return cash[i]; }

    /** Market value of positions at point {@code i}: equity minus cash. */
    public double positionsValue(int i) { return equity[i] - cash[i]; }

    /** Drawdown at point {@code i}: 1 - equity / running peak, in [0, 1] while equity is positive. */
    public double drawdown(int i) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= i; k++) {
            peak = Math.max(peak, equity[k]);
        }
        return peak > 0 ? 1.0 - equity[i] / peak : 0.0;
    }

    /** Drawdown at every point, computed in one pass. */
    public double[] drawdowns() {
        double[] out = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < equity.length; k++) {
            peak = Math.max(peak, equity[k]);
            out[k] = peak > 0 ? 1.0 - equity[k] / peak : 0.0;
        }
        return out;
    }

    /** Equity of the last point. */
    public double finalEquity() { return equity[equity.length - 1]; }

    /** A copy of the times. */
    public long[] times() { return times.clone(); }

    /** A copy of the equity values. */
    public double[] equityValues() { return equity.clone(); }

    /** A copy of the cash values. */
    public double[] cashValues() { return cash.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve other && Arrays.equals(times, other.times)
                && Arrays.equals(equity, other.equity) && Arrays.equals(cash, other.cash);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(equity); }

    @Override
    public String toString() { return "EquityCurve[" + size() + " points]"; }
}
