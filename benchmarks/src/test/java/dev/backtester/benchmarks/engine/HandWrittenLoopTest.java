package dev.backtester.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.engine.Backtest;
import java.util.List;
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

    /** The reference with results reports the engine's trades and metrics. */
    private static void sameResultsAsEngine(BarSeries bars) {
        EngineBenchmarks.Daily data = new EngineBenchmarks.Daily();
        data.prepare(bars);
        RunResult engine = Backtest.of(SmaCross.strategy()).initialCapital(100_000).run(bars);
        double[] equity = new double[bars.size()];
        double[] cash = new double[bars.size()];
        HandWrittenResults reference = HandWrittenResults.run(data.times, data.open, data.close, data.fast, data.slow,
                100_000, equity, cash);

        List<Trade> trades = engine.trades();
        TradeColumns columns = reference.trades();
        assertEquals(trades.size(), columns.size);
        for (int k = 0; k < trades.size(); k++) {
            Trade t = trades.get(k);
            String at = "trade " + k;
            assertEquals(t.entryBar(), columns.entryBar[k], at);
            assertEquals(t.exitBar(), columns.exitBar[k], at);
            assertEquals(t.entryPrice(), columns.entryPrice[k], 1e-12 * t.entryPrice(), at);
            assertEquals(t.exitPrice(), columns.exitPrice[k], 1e-12 * t.exitPrice(), at);
            assertEquals(t.shares(), columns.shares[k], at);
            assertEquals(t.commission(), columns.commission[k], 1e-9, at);
            assertEquals(t.netPnl(), columns.netPnl[k], 1e-6, at);
            assertEquals(t.open(), columns.open[k], at);
        }
        Metrics m = engine.metrics();
        assertEquals(m.tradeCount(), reference.closed());
        assertEquals(m.winRate(), reference.winRate(), 1e-12);
        assertEquals(m.profitFactor(), reference.profitFactor(), 1e-9);
        assertEquals(m.expectancy(), reference.expectancy(), 1e-6);
        assertEquals(m.averageHoldingBars(), reference.averageBars(), 1e-12);
        assertEquals(m.maxDrawdown(), reference.drawdown().maxDrawdown(), 1e-12);
        assertEquals(m.maxDrawdownBars(), reference.drawdown().longestBars());
        double annualize = Math.sqrt(m.periodsPerYear());
        assertEquals(m.annualVolatility(), reference.returns().stdev() * annualize, 1e-9);
        assertEquals(m.sharpe(), reference.returns().mean() / reference.returns().stdev() * annualize, 1e-9);
    }

    @Test
    void sameTradesAndMetricsOnTheDailyFile() {
        sameResultsAsEngine(BundledData.orcl());
    }

    @Test
    void sameTradesAndMetricsOnASyntheticSeries() {
        sameResultsAsEngine(SyntheticBars.randomWalk("SYN", 100_000, 42));
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
