package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;

/**
 * The return moments and drawdown figures of an equity curve, accumulated block by block, in the
 * manner of {@link java.util.DoubleSummaryStatistics}. The engine feeds it each block of points just
 * after recording them, while they are still in cache, so a run's metrics need no second pass over a
 * curve that may hold millions of points; {@link #of(EquityCurve, double)} feeds it a finished curve.
 * Both give the same figures to the bit, because they are the same code. Not thread-safe.
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
    private double maxDrawdown;
    private double deeperBelow = Double.NEGATIVE_INFINITY;
    private int longestBars;
    private long longestMillis;

    /** @param riskFreePerBar the risk-free rate per bar, the threshold of the downside deviation */
    /** What an unchanged point adds to the downside sum: its return is exactly 0. */
    private final double unchangedDownside;

    public EquityStatistics(double riskFreePerBar) {
        this.riskFreePerBar = riskFreePerBar;
        double shortfall = Math.min(0.0 - riskFreePerBar, 0.0);
        double square = shortfall * shortfall;
        this.unchangedDownside = square == square ? square : 0.0;
    }

    /** The statistics of every point of {@code curve}. */
    public static EquityStatistics of(EquityCurve curve, double riskFreePerBar) {
        EquityStatistics stats = new EquityStatistics(riskFreePerBar);
        stats.add(curve.times(), curve.equityValues(), 0, curve.size());
        return stats;
    }

    /**
     * Adds points {@code from} (inclusive) to {@code to} (exclusive) of the given columns, which follow
     * the points added so far; times must not decrease. Blocks of any size give the same figures.
     */
    public void add(long[] times, double[] equity, int from, int to) {
        // the running figures live in locals for the block: in fields, every sum would go through memory
        int index = points;
        double before = previous;
        double returnSum = sum;
        double returnSquares = sumSq;
        double downsideSquares = downsideSq;
        double high = peak;
        int highIndex = peakIndex;
        long highTime = peakTime;
        long previousTime = lastTime;
        double deepest = maxDrawdown;
        double recomputeBelow = deeperBelow;
        int longestPoints = longestBars;
        long longestTime = longestMillis;
        for (int k = from; k < to; k++, index++) {
            double e = equity[k];
            // e - e == 0 excludes infinities (and e == before NaN): then e / before is exactly 1
            if (e == before && e != 0 && e - e == 0) {
                // a run of points equal to the one before it, as while a backtest holds no position: their
                // returns are exactly +0.0, which leaves the sums as they are, and the drawdown can only move
                // the index and time of a peak the run sits on; no division is needed
                int last = k;
                while (last + 1 < to && equity[last + 1] == e) {
                    last++;
                }
                int run = last - k + 1;
                if (unchangedDownside != 0) {
                    for (int j = 0; j < run; j++) {
                        downsideSquares += unchangedDownside;
                    }
                }
                index += run - 1;
                k = last;
                if (e >= high) {
                    highIndex = index;
                    highTime = times[last];
                }
                previousTime = times[last];
                continue;
            }
            long t = times[k];
            if (index > 0) {
                double r = e / before - 1;
                returnSum += r;
                returnSquares += r * r;
                // the shortfall is the excess when its sign bit is set, else +0.0: without a branch, because
                // whether a return falls short is a coin flip and a mispredicted branch costs more than the rest
                long bits = Double.doubleToRawLongBits(r - riskFreePerBar);
                double shortfall = Double.longBitsToDouble(bits & (bits >> 63));
                double square = shortfall * shortfall;
                // a NaN return (a zero or non-finite point) does not count toward the downside
                downsideSquares += square == square ? square : 0.0;
            }
            before = e;
            if (e >= high) {
                int underwater = index - 1 - highIndex;
                if (underwater > 0) {
                    longestPoints = Math.max(longestPoints, underwater);
                    longestTime = Math.max(longestTime, previousTime - highTime);
                }
                high = e;
                highIndex = index;
                highTime = t;
                // the depth is only recomputed below this level, which keeps the division off most points
                recomputeBelow = high * (1 - deepest);
            } else if (e < recomputeBelow && high > 0) {
                deepest = 1 - e / high;
                recomputeBelow = e;
            }
            previousTime = t;
        }
        points = index;
        previous = before;
        sum = returnSum;
        sumSq = returnSquares;
        downsideSq = downsideSquares;
        peak = high;
        peakIndex = highIndex;
        peakTime = highTime;
        lastTime = previousTime;
        maxDrawdown = deepest;
        deeperBelow = recomputeBelow;
        longestBars = longestPoints;
        longestMillis = longestTime;
    }

    /** Number of points added. */
    public int points() {
        return points;
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
