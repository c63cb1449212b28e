package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.FillModels;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.sizing.Sizers;
import org.junit.jupiter.api.Test;

class TemporalContractTest {
    private static final double EPS = 1e-9;

    /** LONG at bar {@code entry}, FLAT at bar {@code exit}. */
    private static StrategyBuilder longBetween(int entry, int exit) {
        return StrategyBuilder.named("between")
                .signals(w -> w.bar() == entry ? Signal.LONG : w.bar() == exit ? Signal.FLAT : Signal.NONE)
                .sizing(Sizers.fixedShares(10));
    }

    @Test
    void signalAtCloseFillsAtNextOpen() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        RunResult r = Backtest.of(longBetween(1, 3).build()).initialCapital(1000).run(bars);

        Trade t = r.trades().get(0);
        assertEquals(2, t.entryBar());
        assertEquals(bars.open(2), t.entryPrice(), EPS);
        assertEquals(bars.time(2), t.entryTime());
        assertEquals(4, t.exitBar());
        assertEquals(bars.open(4), t.exitPrice(), EPS);
        assertEquals((15 - 13) * 10, t.grossPnl(), EPS);
        assertFalse(t.open());
        // before the fill bar the account holds cash only
        assertEquals(1000, r.equity().equity(1), EPS);
        assertEquals(1000, r.equity().cash(1), EPS);
        // bar 2: bought 10 at 13, marked at close 12
        assertEquals(1000 - 130, r.equity().cash(2), EPS);
        assertEquals(1000 - 130 + 120, r.equity().equity(2), EPS);
        assertEquals(1020, r.metrics().finalEquity(), EPS);
    }

    @Test
    void sameBarCloseFillsAreOptInAndRecorded() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        Strategy strategy = longBetween(1, 3).fills(FillModels.signalBarClose()).build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(bars);

        Trade t = r.trades().get(0);
        assertEquals(1, t.entryBar());
        assertEquals(11, t.entryPrice(), EPS);
        assertEquals(3, t.exitBar());
        assertEquals(13, t.exitPrice(), EPS);
        assertTrue(r.metadata().sameBarFills());
        assertEquals("signal_bar_close", r.metadata().fillModel());
        assertFalse(Backtest.of(longBetween(1, 3).build()).run(bars).metadata().sameBarFills());
    }

    @Test
    void commissionAndSlippageAreChargedOnBothFills() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        Strategy strategy = longBetween(1, 3)
                .commission(Commissions.perShare(0.5, 1.0))
                .slippage(Slippages.fixedBps(100))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(bars);

        Trade t = r.trades().get(0);
        assertEquals(13 * 1.01, t.entryPrice(), EPS);
        assertEquals(15 * 0.99, t.exitPrice(), EPS);
        assertEquals(10.0, t.commission(), EPS);
        assertEquals(0.13 * 10 + 0.15 * 10, t.slippage(), EPS);
        assertEquals((15 * 0.99 - 13 * 1.01) * 10, t.grossPnl(), EPS);
        assertEquals(t.grossPnl() - 10, t.netPnl(), EPS);
        assertEquals(1000 + t.netPnl(), r.metrics().finalEquity(), EPS);
    }

    @Test
    void percentCommissionAndMinimumPerShare() {
        assertEquals(0.001 * 100 * 50, Commissions.percentOfValue(0.001).commission(100, 50), EPS);
        assertEquals(1.0, Commissions.perShare(0.005, 1.0).commission(100, 50), EPS);
        assertEquals(5.0, Commissions.perShare(0.005, 1.0).commission(1000, 50), EPS);
        assertThrows(IllegalArgumentException.class, () -> Commissions.percentOfValue(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Commissions.perShare(Double.NaN, 1));
    }

    @Test
    void shortTradeProfitsWhenPriceFalls() {
        BarSeries bars = TestBars.closes("X", 20, 19, 18, 17, 16);
        Strategy strategy = StrategyBuilder.named("short")
                .signals(w -> w.bar() == 0 ? Signal.SHORT : w.bar() == 2 ? Signal.FLAT : Signal.NONE)
                .sizing(Sizers.fixedShares(10))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(Direction.SHORT, t.direction());
        assertEquals(20, t.entryPrice(), EPS);
        assertEquals(18, t.exitPrice(), EPS);
        assertEquals(20, t.grossPnl(), EPS);
        assertEquals(1000 + 200, r.equity().cash(1), EPS);
        assertEquals(1020, r.metrics().finalEquity(), EPS);
    }

    @Test
    void reversalClosesThenOpensOnTheSameBar() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14, 15);
        Strategy strategy = StrategyBuilder.named("flip")
                .signals(w -> w.bar() == 0 ? Signal.LONG : w.bar() == 2 ? Signal.SHORT : Signal.NONE)
                .sizing(Sizers.fixedShares(5))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(bars);
        assertEquals(2, r.trades().size());
        Trade first = r.trades().get(0);
        Trade second = r.trades().get(1);
        assertEquals(Direction.LONG, first.direction());
        assertEquals(3, first.exitBar());
        assertEquals(Direction.SHORT, second.direction());
        assertEquals(3, second.entryBar());
        assertTrue(second.open());
    }

    @Test
    void openPositionAtTheEndIsReportedOpenAndValuedAtTheLastClose() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        RunResult r = Backtest.of(longBetween(0, 99).build()).initialCapital(1000).run(bars);
        Trade t = r.trades().get(0);
        assertTrue(t.open());
        assertEquals(14, t.exitPrice(), EPS);
        assertEquals(bars.time(4), t.exitTime());
        assertEquals((14 - 12) * 10, t.netPnl(), EPS);
        assertEquals(1, r.metrics().openTrades());
        assertEquals(0, r.metrics().tradeCount());
        assertEquals(1020, r.metrics().finalEquity(), EPS);
    }

    @Test
    void noSignalsDuringWarmup() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14, 15, 16);
        int[] firstBar = {-1};
        StrategyBuilder b = StrategyBuilder.named("warmup");
        b.indicator(new TestBars.TestSma(4));
        Strategy strategy = b.signals(w -> {
            if (firstBar[0] < 0) {
                firstBar[0] = w.bar();
            }
            return Signal.NONE;
        }).sizing(Sizers.fixedShares(1)).build();
        assertEquals(3, strategy.warmupBars());
        Backtest.of(strategy).run(bars);
        assertEquals(3, firstBar[0]);
    }

    @Test
    void entryLargerThanCashIsCutToWhatCashBuys() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        Strategy strategy = StrategyBuilder.named("big")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(1_000))
                .commission(Commissions.perShare(0.01, 1))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(bars);
        Trade t = r.trades().get(0);
        // 1000 cash at 12 a share with 0.01/share (min 1): 82 shares cost 984 + 1 = 985; 83 would cost 997 + 1 = 998, still fits
        assertEquals(83, t.shares(), EPS);
        assertTrue(r.equity().cash(1) >= 0);
    }

    @Test
    void fractionalSharesAreAnOption() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);
        Strategy whole = StrategyBuilder.named("whole").signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedCash(100)).build();
        Strategy fractional = StrategyBuilder.named("frac").signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedCash(100)).fractionalShares(true).build();
        assertEquals(10, Backtest.of(whole).run(bars).trades().get(0).shares(), EPS);
        assertEquals(10.0, Backtest.of(fractional).run(bars).trades().get(0).shares(), EPS);
        Strategy percent = StrategyBuilder.named("pct").signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.percentOfEquity(0.5)).fractionalShares(true).build();
        assertEquals(500.0 / 10, Backtest.of(percent).initialCapital(1000).run(bars).trades().get(0).shares(), EPS);
    }
}
