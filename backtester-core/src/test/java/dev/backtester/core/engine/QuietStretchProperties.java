package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.FillModels;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.risk.RiskRules;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The single-symbol loop that records a quiet stretch of bars in one pass gives exactly the run of
 * the reference loop that visits every bar through the whole temporal contract: same equity and
 * cash at every point, same trades, orders and metrics.
 */
class QuietStretchProperties {

    @Property(tries = 200)
    void quietStretchesChangeNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n,
                                     @ForAll @IntRange(min = 1, max = 60) int signalPercent,
                                     @ForAll @IntRange(min = 0, max = 30) int warmup,
                                     @ForAll boolean shorts, @ForAll boolean stops, @ForAll boolean onClose) {
        BarSeries bars = RandomBars.series("Q", seed, n);
        PreparedRun prepared = Backtest.of(sparseTrader(seed, signalPercent, warmup, shorts, stops, onClose))
                .initialCapital(30_000).prepare(List.of(bars));

        RunResult stretches = prepared.run(true);
        RunResult barByBar = prepared.run(false);

        assertArrayEquals(barByBar.equity().equityValues(), stretches.equity().equityValues());
        for (int k = 0; k < n; k++) {
            assertEquals(barByBar.equity().cash(k), stretches.equity().cash(k), "cash at point " + k);
        }
        assertEquals(barByBar.trades(), stretches.trades());
        assertEquals(barByBar.orders(), stretches.orders());
        assertEquals(barByBar.metrics(), stretches.metrics());
        assertEquals(RunFingerprint.of(barByBar), RunFingerprint.of(stretches));
    }

    /** Signals on about {@code percent}% of the bars, so that most bars sit in quiet stretches. */
    private static Strategy sparseTrader(long seed, int percent, int warmup, boolean shorts, boolean stops,
                                         boolean onClose) {
        StrategyBuilder b = StrategyBuilder.named("sparse-" + seed)
                .signals(w -> {
                    long h = (w.bar() * 0x9E3779B97F4A7C15L) ^ seed;
                    h ^= h >>> 31;
                    h *= 0xBF58476D1CE4E5B9L;
                    if (Math.floorMod(h >>> 20, 100L) >= percent) {
                        return Signal.NONE;
                    }
                    int pick = (int) Math.floorMod(h >>> 40, shorts ? 3L : 2L);
                    return pick == 0 ? Signal.LONG : pick == 1 ? Signal.FLAT : Signal.SHORT;
                })
                .warmup(warmup)
                .sizing(Sizers.percentOfEquity(0.8))
                .commission(Commissions.perShare(0.005, 1))
                .slippage(Slippages.fixedBps(3));
        if (stops) {
            b.risk(RiskRules.stopLoss(0.02), RiskRules.takeProfit(0.04));
        }
        if (onClose) {
            b.fills(FillModels.signalBarClose());
        }
        return b.build();
    }
}
