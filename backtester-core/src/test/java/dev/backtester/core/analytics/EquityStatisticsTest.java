package dev.backtester.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.result.EquityCurve;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** {@link EquityStatistics} against textbook two-pass formulas, and fed in blocks of any size. */
class EquityStatisticsTest {
    private static final long DAY = 86_400_000L;

    @Property(tries = 200)
    void matchesTwoPassFormulas(@ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 1, max = 1000) Double> points,
                                @ForAll @IntRange(min = -100, max = 100) int riskFreeMicros) {
        checkAgainstTwoPassFormulas(points, riskFreeMicros / 100_000.0);
    }

    /** Runs of unchanged points, as while a backtest holds nothing, take a shortcut that must change no figure. */
    @Property(tries = 200)
    void unchangedPointsMatchTwoPassFormulas(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 1, max = 1000) Double> values,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 1, max = 6) Integer> repeats,
            @ForAll @IntRange(min = -100, max = 100) int riskFreeMicros) {
        List<Double> points = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            for (int j = 0; j < repeats.get(k); j++) {
                points.add(values.get(k));
            }
        }
        checkAgainstTwoPassFormulas(points, riskFreeMicros / 100_000.0);
    }

    private static void checkAgainstTwoPassFormulas(List<Double> points, double riskFreePerBar) {
        EquityCurve curve = curve(points);
        EquityStatistics stats = EquityStatistics.of(curve, riskFreePerBar);
        int n = points.size();
        double[] r = new double[Math.max(0, n - 1)];
        for (int k = 1; k < n; k++) {
            r[k - 1] = points.get(k) / points.get(k - 1) - 1;
        }
        if (r.length > 0) {
            double mean = 0;
            for (double x : r) {
                mean += x / r.length;
            }
            double downside = 0;
            double squares = 0;
            for (double x : r) {
                squares += (x - mean) * (x - mean);
                double shortfall = Math.min(0, x - riskFreePerBar);
                downside += shortfall * shortfall;
            }
            ReturnStats returns = stats.returns();
            assertEquals(mean, returns.mean(), 1e-12);
            assertEquals(Math.sqrt(downside / r.length), returns.downsideDeviation(), 1e-12);
            if (r.length > 1) {
                assertEquals(Math.sqrt(squares / (r.length - 1)), returns.stdev(), 1e-9);
            }
        }
        // drawdown: deepest fall from the running peak; longest run of points below an earlier peak
        double peak = Double.NEGATIVE_INFINITY;
        double deepest = 0;
        int longest = 0;
        int below = 0;
        for (double e : points) {
            if (e >= peak) {
                peak = e;
                below = 0;
            } else {
                below++;
                deepest = Math.max(deepest, 1 - e / peak);
            }
            longest = Math.max(longest, below);
        }
        Drawdown drawdown = stats.drawdown();
        assertEquals(deepest, drawdown.maxDrawdown(), 1e-12);
        assertEquals(longest, drawdown.longestBars());
        assertEquals(longest * DAY, drawdown.longestMillis());
    }

    @Property(tries = 100)
    void blocksOfAnySizeGiveTheSameFigures(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 1, max = 1000) Double> points,
                                           @ForAll @IntRange(min = 1, max = 7) int blockSize,
                                           @ForAll @IntRange(min = 1, max = 4) int repeat) {
        // each point repeated: runs of unchanged points cut by block ends must give the same figures
        List<Double> repeated = new ArrayList<>();
        for (Double point : points) {
            for (int j = 0; j < repeat; j++) {
                repeated.add(point);
            }
        }
        EquityCurve curve = curve(repeated);
        long[] times = curve.times();
        double[] equity = curve.equityValues();
        EquityStatistics blocks = new EquityStatistics(0.0001);
        for (int from = 0; from < equity.length; from += blockSize) {
            blocks.add(times, equity, from, Math.min(equity.length, from + blockSize));
        }
        EquityStatistics whole = EquityStatistics.of(curve, 0.0001);
        assertEquals(whole.points(), blocks.points());
        assertEquals(whole.returns(), blocks.returns());
        assertEquals(whole.drawdown(), blocks.drawdown());
    }

    private static EquityCurve curve(List<Double> points) {
        int n = points.size();
        long[] times = new long[n];
        double[] equity = new double[n];
        for (int k = 0; k < n; k++) {
            times[k] = k * DAY;
            equity[k] = points.get(k);
        }
        return new EquityCurve(times, equity, new double[n]);
    }
}
