package dev.backtester.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    private static final long DAY = 86_400_000L;

    private static Trade trade(double netPnl, int entryBar, int exitBar, boolean open) {
        return new Trade(entryBar + 1, "X", Direction.LONG, entryBar * DAY, 100, exitBar * DAY, 100 + netPnl, 1, netPnl,
                netPnl, 0, 0, 0, 0, entryBar, exitBar, open, open ? ExitReason.END_OF_DATA : ExitReason.SIGNAL,
                EntrySignal.NONE, 0, 0, "", Double.NaN, Double.NaN, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void matchesHandComputedFigures() {
        double[] equity = {100, 110, 99, 121, 121};
        long[] times = {0, DAY, 2 * DAY, 3 * DAY, 4 * DAY};
        EquityCurve curve = new EquityCurve(times, equity, new double[5]);
        List<Trade> trades = List.of(trade(10, 0, 1, false), trade(-11, 1, 2, false), trade(22, 2, 4, false),
                trade(5, 3, 4, true));

        Metrics m = MetricsCalculator.compute(curve, trades, 100, 0.0, 0.75);

        double years = 4 * DAY / (365.25 * DAY);
        double ppy = 4 / years;
        double[] r = {0.10, -0.10, 121.0 / 99 - 1, 0.0};
        double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
        double var = 0;
        double down = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean);
            down += x < 0 ? x * x : 0;
        }
        double sd = Math.sqrt(var / 3);
        assertEquals(0.21, m.totalReturn(), 1e-12);
        assertEquals(ppy, m.periodsPerYear(), 1e-9);
        assertEquals(Math.pow(1.21, 1 / years) - 1, m.cagr(), 1e-9);
        assertEquals(sd * Math.sqrt(ppy), m.annualVolatility(), 1e-12);
        assertEquals(mean / sd * Math.sqrt(ppy), m.sharpe(), 1e-9);
        assertEquals(mean / Math.sqrt(down / 4) * Math.sqrt(ppy), m.sortino(), 1e-9);
        assertEquals(0.10, m.maxDrawdown(), 1e-12);
        assertEquals(1, m.maxDrawdownBars());
        assertEquals(DAY, m.maxDrawdownMillis());
        assertEquals(3, m.tradeCount());
        assertEquals(1, m.openTrades());
        assertEquals(2.0 / 3, m.winRate(), 1e-12);
        assertEquals(32.0 / 11, m.profitFactor(), 1e-12);
        assertEquals(21.0 / 3, m.expectancy(), 1e-12);
        assertEquals((1 + 1 + 2) / 3.0, m.averageHoldingBars(), 1e-12);
        assertEquals(0.75, m.exposure());
    }

    @Test
    void undefinedRatiosAreNaN() {
        EquityCurve flat = new EquityCurve(new long[] {0, DAY, 2 * DAY}, new double[] {100, 100, 100}, new double[3]);
        Metrics m = MetricsCalculator.compute(flat, List.of(), 100, 0, 0);
        assertTrue(Double.isNaN(m.sharpe()));
        assertTrue(Double.isNaN(m.winRate()));
        assertEquals(0, m.maxDrawdown());
        assertEquals(0, m.annualVolatility());
    }

    @Test
    void longestDrawdownCountsAnUnfinishedOne() {
        EquityCurve curve = new EquityCurve(new long[] {0, DAY, 2 * DAY, 3 * DAY}, new double[] {100, 90, 95, 80},
                new double[4]);
        Drawdown d = Drawdown.of(curve);
        assertEquals(0.2, d.maxDrawdown(), 1e-12);
        assertEquals(3, d.longestBars());
        assertEquals(3 * DAY, d.longestMillis());
    }

    @Test
    void downsideDeviationSkipsNaNReturns() {
        // 0/0 is a NaN return (with its sign bit set on x86); 50/100 a shortfall of 0.5 below rf = 0
        double[] equity = {100, 0, 0, 0, 100, 50, 50};
        long[] times = {0, DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY, 6 * DAY};
        ReturnStats stats = ReturnStats.of(new EquityCurve(times, equity, new double[7]), 0.0);
        // returns: -1, NaN, NaN, +inf, -0.5, 0
        assertEquals(Math.sqrt((1 + 0.25) / 6), stats.downsideDeviation(), 1e-15);
        assertTrue(Double.isNaN(stats.mean()));
    }
}
