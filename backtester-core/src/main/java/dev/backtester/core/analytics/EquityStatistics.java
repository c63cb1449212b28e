package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * The return moments and drawdown figures of an equity curve, accumulated one point at a time, in
 * the manner of {@link java.util.DoubleSummaryStatistics}. The engine feeds it as it records each
 * point, so a run's metrics need no second pass over a curve that may hold millions of points;
 * {@link #of(EquityCurve, double)} feeds it a finished curve. Both give the same figures to the bit,
 * because they are the same code. Not thread-safe.
 */
public final class EquityStatistics {
    private final double riskFreePerBar;
    private int points;
    private double previous = Double.NaN;
    private double sum;
    private double sumSq;
    private double downsideSq;

    private double peak = Double.NEGATIVE_INFINITY;
    private int peakIndex;
    private long peakTime;
    private long lastTime;
    private double last = Double.NaN;
    private double maxDrawdown;
    // the depth is only recomputed below this level, which keeps the division off most points
    private double deeperBelow = Double.NEGATIVE_INFINITY;
    private int longestBars;
    private long longestMillis;

    /** @param riskFreePerBar the risk-free rate per bar, the threshold of the downside deviation */
    public EquityStatistics(double riskFreePerBar) {
        this.riskFreePerBar = riskFreePerBar;
    }

    /** The statistics of every point of {@code curve}. */
    public static EquityStatistics of(EquityCurve curve, double riskFreePerBar) {
        EquityStatistics stats = new EquityStatistics(riskFreePerBar);
        for (int k = 0; k < curve.size(); k++) {
            stats.add(curve.time(k), curve.equity(k));
        }
        return stats;
    }

    /** Adds the next point; times must not decrease. */
    public void add(long time, double equity) {
        if (points > 0) {
            double r = equity / previous - 1;
            sum += r;
            sumSq += r * r;
            // the shortfall is the excess when its sign bit is set, else +0.0: without a branch, because
            // whether a return falls short is a coin flip and a mispredicted branch costs more than the rest
            long bits = Double.doubleToRawLongBits(r - riskFreePerBar);
            double shortfall = Double.longBitsToDouble(bits & (bits >> 63));
            double square = shortfall * shortfall;
            // a NaN return (a zero or non-finite point) does not count toward the downside
            downsideSq += square == square ? square : 0.0;
        }
        previous = equity;
        reachDrawdown(points, time, equity);
        last = equity;
        lastTime = time;
        points++;
    }

    private void reachDrawdown(int index, long time, double equity) {
        if (equity >= peak) {
            int underwater = index - 1 - peakIndex;
            if (underwater > 0) {
                longestBars = Math.max(longestBars, underwater);
                longestMillis = Math.max(longestMillis, lastTime - peakTime);
            }
            peak = equity;
            peakIndex = index;
            peakTime = time;
            deeperBelow = peak * (1 - maxDrawdown);
        } else if (equity < deeperBelow && peak > 0) {
            maxDrawdown = 1 - equity / peak;
            deeperBelow = equity;
        }
    }

    /** Number of points added. */
    public int points() {
        return points;
    }

    /** The highest point so far; NaN before the first. */
    public double peak() {
        return points == 0 ? Double.NaN : peak;
    }

    /** How far the last point is below the peak, {@code 1 - last / peak}; 0 before the first point or while the peak is not positive. */
    public double currentDrawdown() {
        return peak > 0 ? 1.0 - last / peak : 0.0;
    }

    /** The moments of the per-bar returns {@code e[k] / e[k-1] - 1} so far. */
    public ReturnStats returns() {
        int count = Math.max(0, points - 1);
        double mean = count > 0 ? sum / count : Double.NaN;
        double variance = count > 1 ? Math.max(0.0, (sumSq - count * mean * mean) / (count - 1)) : Double.NaN;
        double downside = count > 0 ? Math.sqrt(downsideSq / count) : Double.NaN;
        return new ReturnStats(count, mean, Math.sqrt(variance), downside, riskFreePerBar);
    }

    /**
     * The deepest fall from a running peak and the longest stretch below one so far; a stretch still
     * underwater at the last point counts up to it.
     */
    public Drawdown drawdown() {
        int bars = longestBars;
        long millis = longestMillis;
        int underwater = points - 1 - peakIndex;
        if (points > 0 && underwater > 0) {
            bars = Math.max(bars, underwater);
            millis = Math.max(millis, lastTime - peakTime);
        }
        return new Drawdown(maxDrawdown, bars, millis);
    }
}
