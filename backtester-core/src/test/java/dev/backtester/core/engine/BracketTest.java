package dev.backtester.core.engine;

import static dev.backtester.core.engine.TestBars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.Bracket;
import dev.backtester.api.execution.IntrabarPriority;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.sizing.Sizers;
import org.junit.jupiter.api.Test;

/** Bracket exits: stop-loss, take-profit, one-cancels-other, both in one bar, gaps, time limit. */
class BracketTest {
    private static final double EPS = 1e-9;

    /** Long 10 shares at bar 1's open (10) with a stop at 9 and a target at 12. */
    private static RunResult run(BarSeries bars, IntrabarPriority priority, Bracket bracket) {
        var strategy = StrategyBuilder.named("bracket")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.market().with(bracket))
                .intrabar(priority)
                .sizing(Sizers.fixedShares(10))
                .build();
        return Backtest.of(strategy).initialCapital(10_000).run(bars);
    }

    private static RunResult run(IntrabarPriority priority, double[]... rows) {
        return run(TestBars.ohlc("X", 1000, rows), priority, Bracket.of(9, 12));
    }

    @Test
    void stopLossClosesAtTheStopAndCancelsTheTarget() {
        RunResult r = run(IntrabarPriority.STOP_FIRST, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2),
                bar(10, 10.2, 8.5, 8.8), bar(9, 9, 9, 9));
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.STOP_LOSS, t.exitReason());
        assertEquals(2, t.exitBar());
        assertEquals(9.0, t.exitPrice(), EPS);
        OrderEvent cancelled = r.orders().stream().filter(e -> e.kind() == Kind.CANCELLED).findFirst().orElseThrow();
        assertEquals(Role.TAKE_PROFIT, cancelled.role());
        assertEquals(Reason.ONE_CANCELS_OTHER, cancelled.reason());
        assertEquals(t.id(), cancelled.tradeId());
    }

    @Test
    void takeProfitClosesAtTheTarget() {
        RunResult r = run(IntrabarPriority.STOP_FIRST, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2),
                bar(10.5, 12.5, 10.4, 12.2), bar(12, 12, 12, 12));
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.TAKE_PROFIT, t.exitReason());
        assertEquals(12.0, t.exitPrice(), EPS);
        assertEquals(20.0, t.grossPnl(), EPS);
    }

    @Test
    void whenStopAndTargetAreBothInsideOneBarThePriorityDecides() {
        double[][] rows = {bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2), bar(11.5, 12.5, 8.5, 10), bar(10, 10, 10, 10)};
        assertEquals(ExitReason.STOP_LOSS, run(IntrabarPriority.STOP_FIRST, rows).trades().get(0).exitReason());
        assertEquals(ExitReason.TAKE_PROFIT, run(IntrabarPriority.TARGET_FIRST, rows).trades().get(0).exitReason());
        // the open 11.5 is 0.5 from the target and 2.5 from the stop: the target is nearer
        assertEquals(ExitReason.TAKE_PROFIT, run(IntrabarPriority.NEAREST_TO_OPEN, rows).trades().get(0).exitReason());
        double[][] nearStop = {bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2), bar(9.2, 12.5, 8.5, 10), bar(10, 10, 10, 10)};
        assertEquals(ExitReason.STOP_LOSS, run(IntrabarPriority.NEAREST_TO_OPEN, nearStop).trades().get(0).exitReason());
    }

    @Test
    void aGapThroughTheStopFillsAtTheOpenWhateverThePriority() {
        RunResult r = run(IntrabarPriority.TARGET_FIRST, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2),
                bar(8, 12.5, 7.5, 12), bar(12, 12, 12, 12));
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.STOP_LOSS, t.exitReason());
        assertEquals(8.0, t.exitPrice(), EPS);
    }

    @Test
    void aGapThroughTheTargetFillsAtTheBetterOpen() {
        RunResult r = run(IntrabarPriority.STOP_FIRST, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2),
                bar(13, 13.5, 8.5, 9), bar(9, 9, 9, 9));
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.TAKE_PROFIT, t.exitReason());
        assertEquals(13.0, t.exitPrice(), EPS);
    }

    @Test
    void legsAreCheckedOnTheEntryBarItself() {
        // filled at bar 1's open 10, the same bar falls to 8.9: pessimistically stopped out on the entry bar
        RunResult r = run(IntrabarPriority.STOP_FIRST, bar(10, 10, 10, 10), bar(10, 10.5, 8.9, 10.2), bar(10, 10, 10, 10));
        Trade t = r.trades().get(0);
        assertEquals(1, t.entryBar());
        assertEquals(1, t.exitBar());
        assertEquals(ExitReason.STOP_LOSS, t.exitReason());
    }

    @Test
    void timeLimitClosesAtTheOpenAfterMaxBarsWithReasonExpired() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2), bar(10, 10.5, 9.8, 10.2),
                bar(10.3, 10.5, 9.8, 10.2), bar(10.1, 10.5, 9.8, 10.2));
        RunResult r = run(bars, IntrabarPriority.STOP_FIRST, Bracket.of(9, 12).withMaxBars(2));
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.EXPIRED, t.exitReason());
        assertEquals(3, t.exitBar());
        assertEquals(10.3, t.exitPrice(), EPS);
        assertFalse(t.open());
        assertEquals(2, r.orders().stream().filter(e -> e.reason() == Reason.ONE_CANCELS_OTHER).count());
    }

    @Test
    void aSignalExitClosesThePositionAndCancelsTheLegs() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2), bar(10.4, 10.5, 9.8, 10.2),
                bar(10, 10, 10, 10));
        var strategy = StrategyBuilder.named("bracket-exit")
                .signals(w -> w.bar() == 0 ? Signal.LONG : w.bar() == 1 ? Signal.FLAT : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.market().with(Bracket.percent(side, w.close(), 0.1, 0.2)))
                .sizing(Sizers.fixedShares(10))
                .build();
        RunResult r = Backtest.of(strategy).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.SIGNAL, t.exitReason());
        assertEquals(10.4, t.exitPrice(), EPS);
        assertTrue(r.orders().stream().anyMatch(e -> e.kind() == Kind.CANCELLED && e.role() == Role.STOP_LOSS
                && e.reason() == Reason.POSITION_CLOSED));
    }

    @Test
    void bracketOfAShortMirrorsTheLong() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2), bar(10, 11.5, 9.9, 11));
        var strategy = StrategyBuilder.named("short-bracket")
                .signals(w -> w.bar() == 0 ? Signal.SHORT : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.market().with(Bracket.percent(side, w.close(), 0.1, 0.1)))
                .sizing(Sizers.fixedShares(10))
                .build();
        Trade t = Backtest.of(strategy).run(bars).trades().get(0);
        assertEquals(ExitReason.STOP_LOSS, t.exitReason());
        assertEquals(11.0, t.exitPrice(), EPS);
        assertEquals(-10.0, t.grossPnl(), EPS);
    }
}
