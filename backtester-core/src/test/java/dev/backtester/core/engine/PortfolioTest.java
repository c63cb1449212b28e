package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    private static final long HOUR = 3_600_000L;

    @Test
    void symbolsAreVisitedInTimeOrderWithTiesInGivenOrder() {
        // A every 2 hours, B every 3 hours: times 0,2,3,4,6,6,8,9,... with ties at multiples of 6
        BarSeries a = RandomBars.series("A", 1, 12, 0, 2 * HOUR);
        BarSeries b = RandomBars.series("B", 2, 8, 0, 3 * HOUR);
        List<String> visits = new ArrayList<>();
        Strategy strategy = StrategyBuilder.named("order").signals(w -> {
            visits.add(w.time() / HOUR + w.symbol());
            return Signal.NONE;
        }).sizing(Sizers.fixedShares(1)).build();

        RunResult r = Backtest.of(strategy).run(a, b);

        assertEquals(List.of("0A", "0B", "2A", "3B", "4A", "6A", "6B", "8A", "9B", "10A", "12A", "12B"),
                visits.subList(0, 12));
        long previous = Long.MIN_VALUE;
        for (int k = 0; k < r.equity().size(); k++) {
            assertTrue(r.equity().time(k) > previous, "one equity point per distinct time");
            previous = r.equity().time(k);
        }
        assertEquals(12 + 8 - 4, r.equity().size());
        assertEquals(List.of("A", "B"), r.metadata().symbols());
    }

    @Test
    void symbolsShareOneCashAccount() {
        BarSeries a = TestBars.closes("A", 10, 10, 10, 10);
        BarSeries b = TestBars.closes("B", 20, 20, 20, 20);
        Strategy strategy = StrategyBuilder.named("both").signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.percentOfEquity(0.8)).build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).run(a, b);
        // sized at the signal close with equity 1000: A 800/10 = 80 shares, B 800/20 = 40 shares.
        // A fills first at the next open (11): 880; B then finds 120 cash, enough for 5 shares at 21.
        Trade ta = r.trades().get(0);
        Trade tb = r.trades().get(1);
        assertEquals("A", ta.symbol());
        assertEquals(80, ta.shares());
        assertEquals("B", tb.symbol());
        assertEquals(5, tb.shares());
        assertEquals(1000 - 80 * 11 - 5 * 21, r.equity().cash(1), 1e-9);
        assertEquals(r.equity().cash(1) + 80 * 10 + 5 * 20, r.equity().equity(1), 1e-9);
    }

    @Test
    void runEachRunsSymbolsIndependentlyAndMatchesSeparateRuns() {
        List<BarSeries> series = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            series.add(RandomBars.series("S" + s, 100 + s, 400));
        }
        Strategy strategy = AccountingProperties.randomTrader(7, false, 0.001, 2);
        List<RunResult> parallel = Backtest.of(strategy).runEach(series);
        assertEquals(series.size(), parallel.size());
        for (int s = 0; s < series.size(); s++) {
            RunResult alone = Backtest.of(strategy).run(series.get(s));
            assertEquals(List.of("S" + s), parallel.get(s).metadata().symbols());
            assertEquals(RunFingerprint.of(alone), RunFingerprint.of(parallel.get(s)));
        }
    }

    @Test
    void duplicateSymbolsAreRejected() {
        BarSeries a = TestBars.closes("A", 10, 11);
        Strategy strategy = StrategyBuilder.named("dup").signals(w -> Signal.NONE).sizing(Sizers.fixedShares(1)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backtest.of(strategy).run(a, a));
        assertTrue(e.getMessage().contains("A appears twice"), e.getMessage());
    }
}
