package dev.backtester.core.engine;

import static dev.backtester.core.engine.TestBars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.OrderPlanner;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.execution.OrderType;
import dev.backtester.api.execution.TimeInForce;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built bars for each order type's fill rule: gaps, exact touches, triggers, expiry. */
class OrderTypesTest {
    private static final double EPS = 1e-9;

    /** Goes long at bar 0's close with the planner's order, 10 shares. */
    static RunResult longAtBarZero(BarSeries bars, OrderPlanner planner) {
        var strategy = StrategyBuilder.named("orders")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .entryOrders(planner)
                .sizing(Sizers.fixedShares(10))
                .build();
        return Backtest.of(strategy).initialCapital(10_000).run(bars);
    }

    static List<OrderEvent> kinds(RunResult r, Kind kind) {
        return r.orders().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void marketOrderFillsAtTheNextOpen() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(12, 13, 11, 12), bar(12, 13, 11, 12));
        RunResult r = longAtBarZero(bars, OrderPlanner.MARKET);
        Trade t = r.trades().get(0);
        assertEquals(1, t.entryBar());
        assertEquals(12, t.entryPrice(), EPS);
        OrderEvent created = kinds(r, Kind.CREATED).get(0);
        OrderEvent filled = kinds(r, Kind.FILLED).get(0);
        assertEquals(0, created.bar());
        assertEquals(created.orderId(), filled.orderId());
        assertEquals(t.id(), filled.tradeId());
        assertEquals(1.0, filled.fillRatio(), EPS);
    }

    @Test
    void buyLimitTouchedExactlyFillsAtTheLimit() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10), bar(10, 10.5, 9, 9.8));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0));
        Trade t = r.trades().get(0);
        // bar 1's low 9.5 stays above the limit; bar 2's low touches 9.0 exactly
        assertEquals(2, t.entryBar());
        assertEquals(9.0, t.entryPrice(), EPS);
    }

    @Test
    void buyLimitGappedThroughFillsAtTheOpen() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(8.5, 9, 8, 8.8), bar(9, 9, 9, 9));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0));
        assertEquals(8.5, r.trades().get(0).entryPrice(), EPS);
        assertEquals(1, r.trades().get(0).entryBar());
    }

    @Test
    void buyStopFillsAtTheStopOrAtAGapOpen() {
        BarSeries reached = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.8, 9.8, 10.5), bar(10.6, 11.5, 10.5, 11));
        RunResult r = longAtBarZero(reached, (w, side) -> OrderSpec.stop(11.0));
        assertEquals(2, r.trades().get(0).entryBar());
        assertEquals(11.0, r.trades().get(0).entryPrice(), EPS);

        BarSeries gap = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(11.4, 12, 11.2, 11.8), bar(12, 12, 12, 12));
        RunResult g = longAtBarZero(gap, (w, side) -> OrderSpec.stop(11.0));
        assertEquals(1, g.trades().get(0).entryBar());
        assertEquals(11.4, g.trades().get(0).entryPrice(), EPS);
    }

    @Test
    void stopLimitFillsOnTheTriggerBarOnlyWithinTheLimit() {
        // stop 11, limit 11.2: bar 1 gaps to 11.5 (beyond the limit), so no fill; bar 2 trades back to 11.2
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(11.5, 12, 11.3, 11.8), bar(11.6, 11.7, 11.1, 11.4));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.stopLimit(11.0, 11.2));
        Trade t = r.trades().get(0);
        assertEquals(2, t.entryBar());
        assertEquals(11.2, t.entryPrice(), EPS);

        BarSeries within = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10.5, 11.3, 10.4, 11.1), bar(11, 11, 11, 11));
        RunResult w = longAtBarZero(within, (win, side) -> OrderSpec.stopLimit(11.0, 11.2));
        assertEquals(1, w.trades().get(0).entryBar());
        assertEquals(11.0, w.trades().get(0).entryPrice(), EPS);
    }

    @Test
    void marketOnOpenAndMarketOnClose() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10.5), bar(12, 13, 11, 12), bar(12, 13, 11, 12));
        RunResult moo = longAtBarZero(bars, (w, side) -> OrderSpec.marketOnOpen());
        assertEquals(12, moo.trades().get(0).entryPrice(), EPS);
        assertFalse(moo.metadata().sameBarFills());

        RunResult moc = longAtBarZero(bars, (w, side) -> OrderSpec.marketOnClose());
        assertEquals(0, moc.trades().get(0).entryBar());
        assertEquals(10.5, moc.trades().get(0).entryPrice(), EPS);
        assertTrue(moc.metadata().sameBarFills(), "a same-bar fill is recorded in the result");
        assertEquals(OrderType.MARKET_ON_CLOSE, kinds(moc, Kind.FILLED).get(0).type());
    }

    @Test
    void dayOrderExpiresAfterOneDailyBar() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10), bar(10, 10.5, 8, 9));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0).with(TimeInForce.day()));
        assertTrue(r.trades().isEmpty(), "the limit is reached only on bar 2, after the day order expired");
        OrderEvent expired = kinds(r, Kind.EXPIRED).get(0);
        assertEquals(2, expired.bar());
        assertEquals(Reason.TIME_IN_FORCE, expired.reason());
        assertEquals(10, expired.shares(), EPS);
    }

    @Test
    void barsTimeInForceCountsEligibleBars() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10), bar(10, 10.5, 9.5, 10),
                bar(10, 10.5, 8, 9));
        RunResult two = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0).with(TimeInForce.bars(2)));
        assertTrue(two.trades().isEmpty());
        assertEquals(3, kinds(two, Kind.EXPIRED).get(0).bar());
        RunResult three = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0).with(TimeInForce.bars(3)));
        assertEquals(3, three.trades().get(0).entryBar());
        RunResult gtc = longAtBarZero(bars, (w, side) -> OrderSpec.limit(9.0));
        assertEquals(3, gtc.trades().get(0).entryBar());
    }

    @Test
    void aFlatSignalCancelsAWorkingEntry() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10), bar(10, 10.5, 8, 9));
        var strategy = StrategyBuilder.named("cancel")
                .signals(w -> w.bar() == 0 ? Signal.LONG : w.bar() == 1 ? Signal.FLAT : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.limit(9.0))
                .sizing(Sizers.fixedShares(10))
                .build();
        RunResult r = Backtest.of(strategy).run(bars);
        assertTrue(r.trades().isEmpty());
        OrderEvent cancelled = kinds(r, Kind.CANCELLED).get(0);
        assertEquals(1, cancelled.bar());
        assertEquals(Reason.SIGNAL, cancelled.reason());
    }

    @Test
    void anOrderStillWorkingAtTheEndIsCancelledAsEndOfData() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.limit(5.0));
        assertEquals(Reason.END_OF_DATA, kinds(r, Kind.CANCELLED).get(0).reason());
    }

    @Test
    void unusablePlannedPricesAreRejected() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 10.5, 9.5, 10));
        RunResult r = longAtBarZero(bars, (w, side) -> OrderSpec.limit(Double.NaN));
        OrderEvent rejected = kinds(r, Kind.REJECTED).get(0);
        assertEquals(Reason.INVALID_PRICE, rejected.reason());
        assertTrue(rejected.detail().contains("limit"), rejected.detail());
        assertTrue(r.trades().isEmpty());
    }

    @Test
    void shortLimitSellsAboveTheMarket() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 11, 9, 10), bar(10, 11.2, 9.8, 11), bar(11, 11, 11, 11));
        var strategy = StrategyBuilder.named("short-limit")
                .signals(w -> w.bar() == 0 ? Signal.SHORT : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.limit(w.close() * 1.1))
                .sizing(Sizers.fixedShares(10))
                .build();
        Trade t = Backtest.of(strategy).run(bars).trades().get(0);
        assertEquals(Direction.SHORT, t.direction());
        assertEquals(11.0, t.entryPrice(), EPS);
    }
}
