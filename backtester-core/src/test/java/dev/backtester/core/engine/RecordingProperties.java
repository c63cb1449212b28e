package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.FillModels;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.risk.RiskRules;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A summary run trades exactly as a full one: the same equity and cash at every point, the same
 * metrics, and the same trades once the full run's attribution figures are taken off. It records no
 * order events.
 */
class RecordingProperties {

    @Property(tries = 150)
    void summaryTradesLikeFull(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n,
                               @ForAll @IntRange(min = 1, max = 50) int signalPercent, @ForAll boolean shorts,
                               @ForAll boolean stops, @ForAll boolean partialFills, @ForAll boolean onClose,
                               @ForAll boolean twoSymbols) {
        List<BarSeries> bars = new ArrayList<>(List.of(RandomBars.series("A", seed, n)));
        if (twoSymbols) {
            bars.add(RandomBars.series("B", seed + 1, n));
        }
        Backtest full = Backtest.of(trader(seed, signalPercent, shorts, stops, partialFills, onClose))
                .initialCapital(50_000);

        RunResult expected = full.run(bars);
        RunResult summary = full.recording(Recording.SUMMARY).run(bars);

        assertArrayEquals(expected.equity().equityValues(), summary.equity().equityValues());
        for (int k = 0; k < expected.equity().size(); k++) {
            assertEquals(expected.equity().cash(k), summary.equity().cash(k), "cash at point " + k);
        }
        assertEquals(expected.metrics(), summary.metrics());
        assertEquals(withoutAttribution(expected.trades()), summary.trades());
        assertTrue(summary.orders().isEmpty(), "a summary records no order events");
        assertEquals(expected.journal(), summary.journal(), "the journal does not depend on the recording");
    }

    @Property(tries = 20)
    void fullRecordsWhatSummaryLeavesOut(@ForAll long seed) {
        List<BarSeries> bars = List.of(RandomBars.series("A", seed, 300));
        RunResult full = Backtest.of(trader(seed, 20, false, false, false, false)).run(bars);

        assertFalse(full.orders().isEmpty());
        for (Trade t : full.trades()) {
            assertEquals(List.of("open", "high", "low", "close", "volume", "sma(close,5)"), t.entrySignal().seriesNames());
            assertTrue(t.maxFavorableExcursion() >= 0 && t.maxAdverseExcursion() >= 0, t.toString());
        }
    }

    private static List<Trade> withoutAttribution(List<Trade> trades) {
        List<Trade> summarized = new ArrayList<>();
        for (Trade t : trades) {
            summarized.add(new Trade(t.id(), t.symbol(), t.direction(), t.entryTime(), t.entryPrice(), t.exitTime(),
                    t.exitPrice(), t.shares(), t.grossPnl(), t.netPnl(), t.commission(), t.slippage(), t.borrowCost(),
                    t.dividends(), t.entryBar(), t.exitBar(), t.open(), t.exitReason(),
                    new EntrySignal(t.entrySignal().rule(), List.of(), new double[0]), Double.NaN, Double.NaN,
                    t.regimeAtEntry(), t.regimeConfidence(), Double.NaN, t.volumeAtEntry(), t.positionSizePct(),
                    t.portfolioHeat(), t.drawdownAtEntry(), t.fillQualityScore(), t.marketImpact()));
        }
        return summarized;
    }

    /** Signals on about {@code percent}% of the bars, from a hash of the bar, with one declared indicator. */
    private static Strategy trader(long seed, int percent, boolean shorts, boolean stops, boolean partialFills,
                                   boolean onClose) {
        StrategyBuilder b = StrategyBuilder.named("recording-" + seed);
        Series sma = b.indicator(Indicators.sma(5));
        b.signals(w -> {
            long h = (w.bar() * 0x9E3779B97F4A7C15L) ^ seed ^ w.symbol().hashCode();
            h ^= h >>> 31;
            h *= 0xBF58476D1CE4E5B9L;
            if (Math.floorMod(h >>> 20, 100L) >= percent || Double.isNaN(w.value(sma))) {
                return Signal.NONE;
            }
            int pick = (int) Math.floorMod(h >>> 40, shorts ? 3L : 2L);
            return pick == 0 ? Signal.LONG : pick == 1 ? Signal.FLAT : Signal.SHORT;
        })
                .sizing(Sizers.percentOfEquity(0.4))
                .commission(Commissions.perShare(0.005, 1))
                .slippage(Slippages.fixedBps(3));
        if (stops) {
            b.risk(RiskRules.stopLoss(0.02), RiskRules.takeProfit(0.04));
        }
        if (partialFills) {
            b.volumeLimit(0.05);
        }
        if (onClose) {
            b.fills(FillModels.signalBarClose());
        }
        return b.build();
    }
}
