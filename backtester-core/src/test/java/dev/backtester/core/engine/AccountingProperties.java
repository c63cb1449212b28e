package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Conservation of cash and shares, and determinism, over random series and random signals. */
class AccountingProperties {

    /** Signals from a hash of (seed, bar): random but a pure function of the bar, so runs are repeatable. */
    static Strategy randomTrader(long seed, boolean fractional, double commissionRate, double slippageBps) {
        return StrategyBuilder.named("random-" + seed)
                .signals(w -> {
                    long h = (w.bar() * 0x9E3779B97F4A7C15L) ^ seed;
                    h ^= h >>> 29;
                    return Signal.values()[(int) Math.floorMod(h * 0xBF58476D1CE4E5B9L >>> 33, 4L)];
                })
                .sizing(Sizers.percentOfEquity(0.6))
                .commission(Commissions.percentOfValue(commissionRate))
                .slippage(Slippages.fixedBps(slippageBps))
                .fractionalShares(fractional)
                .build();
    }

    @Property(tries = 150)
    void equityIsCashPlusPositionsAtEveryBar(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n,
                                             @ForAll boolean fractional,
                                             @ForAll @IntRange(min = 0, max = 50) int commissionBps,
                                             @ForAll @IntRange(min = 0, max = 50) int slippageBps) {
        BarSeries bars = RandomBars.series("R", seed, n);
        RunResult r = Backtest.of(randomTrader(seed, fractional, commissionBps / 10_000.0, slippageBps))
                .initialCapital(50_000).run(bars);

        for (int k = 0; k < n; k++) {
            double held = positionAt(r.trades(), k);
            double expected = r.equity().cash(k) + held * bars.close(k);
            assertEquals(expected, r.equity().equity(k), 1e-9 * Math.abs(expected) + 1e-9, "bar " + k);
        }
        double pnl = 0;
        for (Trade t : r.trades()) {
            pnl += t.netPnl();
            assertTrue(t.shares() > 0, "shares are positive");
            assertTrue(t.commission() >= 0 && t.slippage() >= 0, "costs are never negative");
            if (!fractional) {
                assertEquals(Math.floor(t.shares()), t.shares(), "whole shares");
            }
        }
        assertEquals(r.metrics().finalEquity() - 50_000, pnl, 1e-7 * 50_000, "net PnL of all trades = equity change");
    }

    /** Shares held after the fills of bar k, replayed from the trade list. */
    private static double positionAt(List<Trade> trades, int k) {
        double held = 0;
        for (Trade t : trades) {
            boolean in = t.entryBar() <= k && (t.open() || k < t.exitBar());
            if (in) {
                held += t.direction().sign() * t.shares();
            }
        }
        return held;
    }

    @Property(tries = 50)
    void sameRunTwiceIsBitIdentical(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n) {
        BarSeries bars = RandomBars.series("R", seed, n);
        Strategy strategy = randomTrader(seed, false, 0.001, 5);
        RunResult first = Backtest.of(strategy).run(bars);
        RunResult second = Backtest.of(strategy).run(bars);
        assertEquals(RunFingerprint.of(first), RunFingerprint.of(second));
        assertEquals(first.metrics(), second.metrics());
    }
}
