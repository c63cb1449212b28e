package dev.backtester.core.engine;

import static dev.backtester.core.engine.TestBars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.execution.TimeInForce;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Volume-limited fills: at most a share of each bar's volume, the rest carried to later bars. */
class PartialFillsTest {
    private static final double EPS = 1e-9;

    /** Bars opening at 10, 11, 12, ... with volume 1000 each. */
    private static BarSeries rising(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double p = 10 + i;
            rows[i] = bar(p, p + 0.5, p - 0.5, p);
        }
        return TestBars.ohlc("X", 1000, rows);
    }

    private static List<OrderEvent> fills(RunResult r, Role role) {
        return r.orders().stream().filter(e -> e.isFill() && e.role() == role).toList();
    }

    @Test
    void anEntryLargerThanTheAllowanceFillsOverSeveralBars() {
        var strategy = StrategyBuilder.named("partial")
                .signals(w -> w.bar() == 0 ? Signal.LONG : w.bar() == 4 ? Signal.FLAT : Signal.NONE)
                .sizing(Sizers.fixedShares(250))
                .volumeLimit(0.1)
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(100_000).run(rising(9));

        List<OrderEvent> entries = fills(r, Role.ENTRY);
        assertEquals(3, entries.size());
        assertEquals(List.of(100.0, 100.0, 50.0), entries.stream().map(OrderEvent::shares).toList());
        assertEquals(List.of(1, 2, 3), entries.stream().map(OrderEvent::bar).toList());
        assertEquals(List.of(Kind.PARTIALLY_FILLED, Kind.PARTIALLY_FILLED, Kind.FILLED),
                entries.stream().map(OrderEvent::kind).toList());
        assertEquals(0.4, entries.get(0).fillRatio(), EPS);
        assertEquals(1.0, entries.get(2).fillRatio(), EPS);

        Trade t = r.trades().get(0);
        assertEquals(250, t.shares(), EPS);
        assertEquals(1, t.entryBar());
        assertEquals((100 * 11 + 100 * 12 + 50 * 13) / 250.0, t.entryPrice(), EPS);
        // the exit decided at bar 4 is limited the same way: bars 5, 6, 7
        List<OrderEvent> exits = fills(r, Role.EXIT);
        assertEquals(List.of(5, 6, 7), exits.stream().map(OrderEvent::bar).toList());
        assertEquals(7, t.exitBar());
        assertEquals((100 * 15 + 100 * 16 + 50 * 17) / 250.0, t.exitPrice(), EPS);
    }

    @Test
    void theUnfilledRestExpiresWithItsTimeInForce() {
        var strategy = StrategyBuilder.named("partial-expiry")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.market().with(TimeInForce.bars(2)))
                .sizing(Sizers.fixedShares(250))
                .volumeLimit(0.1)
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(100_000).run(rising(6));
        Trade t = r.trades().get(0);
        assertEquals(200, t.shares(), EPS);
        OrderEvent expired = r.orders().stream().filter(e -> e.kind() == Kind.EXPIRED).findFirst().orElseThrow();
        assertEquals(3, expired.bar());
        assertEquals(50, expired.shares(), EPS);
        assertEquals(0.8, expired.fillRatio(), EPS);
    }

    @Test
    void fillsOfOneBarShareItsAllowance() {
        // long 150 (bars 1, 2), then a reversal to short 150 decided at bar 3: at bar 4 the exit takes the
        // whole allowance of 100, bar 5 finishes the exit with 50 and starts the short with the other 50,
        // bar 6 completes the short with 100
        var strategy = StrategyBuilder.named("reverse")
                .signals(w -> w.bar() == 0 ? Signal.LONG : w.bar() == 3 ? Signal.SHORT : Signal.NONE)
                .sizing(Sizers.fixedShares(150))
                .volumeLimit(0.1)
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(100_000).run(rising(9));
        List<OrderEvent> all = r.orders().stream().filter(OrderEvent::isFill).toList();
        for (int bar = 0; bar < 9; bar++) {
            int b = bar;
            double traded = all.stream().filter(e -> e.bar() == b).mapToDouble(OrderEvent::shares).sum();
            assertTrue(traded <= 100 + EPS, "bar " + bar + " traded " + traded);
        }
        assertEquals(List.of(4, 5), fills(r, Role.EXIT).stream().map(OrderEvent::bar).toList());
        assertEquals(List.of(5, 6), fills(r, Role.ENTRY).stream().filter(e -> e.side() == OrderEvent.Side.SELL)
                .map(OrderEvent::bar).toList());
        assertEquals(List.of(50.0, 100.0), fills(r, Role.ENTRY).stream().filter(e -> e.side() == OrderEvent.Side.SELL)
                .limit(2).map(OrderEvent::shares).toList());
    }

    @Test
    void aBarWithoutVolumeFillsNothing() {
        BarSeries bars = TestBars.ohlc("X", 0, bar(10, 11, 9, 10), bar(10, 11, 9, 10), bar(10, 11, 9, 10));
        var strategy = StrategyBuilder.named("no-volume")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(10))
                .volumeLimit(0.5)
                .build();
        RunResult r = Backtest.of(strategy).run(bars);
        assertTrue(r.trades().isEmpty());
        assertEquals(Kind.CANCELLED, r.orders().get(r.orders().size() - 1).kind());
    }
}
