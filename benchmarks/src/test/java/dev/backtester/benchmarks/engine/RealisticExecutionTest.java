package dev.backtester.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import org.junit.jupiter.api.Test;

/** The realistic-execution benchmark must exercise what it claims to measure, or its figure means nothing. */
class RealisticExecutionTest {

    @Test
    void theBenchmarkStrategyTradesWithPartialFillsImpactAndCommission() {
        BarSeries bars = SyntheticBars.randomWalk("SYN", 100_000, 42);
        RunResult r = Backtest.of(SmaCross.realistic()).initialCapital(100_000).run(bars);
        long partial = r.orders().stream().filter(e -> e.kind() == OrderEvent.Kind.PARTIALLY_FILLED).count();
        assertTrue(r.trades().size() > bars.size() / 200, "the strategy trades throughout: " + r.trades().size());
        assertTrue(partial > r.trades().size() / 2, "many orders fill over several bars: " + partial
                + " partial fills for " + r.trades().size() + " trades");
        assertTrue(r.cashFlows().marketImpact() > 0, "impact is charged");
        assertTrue(r.cashFlows().commission() > 0, "commission is charged");
        assertTrue(r.metrics().finalEquity() > 10_000, "the account is not drained by costs");
    }
}
