package dev.backtester.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import org.junit.jupiter.api.Test;

/** The benchmark's reference loop must do the same trading as the engine, or the comparison means nothing. */
class HandWrittenLoopTest {

    private static void sameAsEngine(BarSeries bars) {
        EngineBenchmarks.Daily data = new EngineBenchmarks.Daily();
        data.prepare(bars);
        RunResult engine = Backtest.of(SmaCross.strategy()).initialCapital(100_000).run(bars);
        double[] equity = new double[bars.size()];
        double[] cash = new double[bars.size()];
        int closedTrades = HandWrittenLoop.run(data.open, data.close, data.fast, data.slow, 100_000, equity, cash);

        assertTrue(closedTrades > bars.size() / 200, "the strategy trades throughout: " + closedTrades + " trades");
        assertTrue(engine.metrics().finalEquity() > 10_000, "the account is not drained by costs");
        assertEquals(engine.metrics().tradeCount(), closedTrades);
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(engine.equity().equity(i), equity[i], 1e-9 * equity[i], "equity at bar " + i);
            assertEquals(engine.equity().cash(i), cash[i], 1e-9 * Math.abs(equity[i]), "cash at bar " + i);
        }
    }

    @Test
    void sameTradingOnTheDailyFile() {
        sameAsEngine(BundledData.orcl());
    }

    @Test
    void sameTradingOnASyntheticSeries() {
        sameAsEngine(SyntheticBars.randomWalk("SYN", 100_000, 42));
    }
}
