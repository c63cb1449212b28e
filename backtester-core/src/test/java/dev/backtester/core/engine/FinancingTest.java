package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.Financing;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.sizing.Sizers;
import org.junit.jupiter.api.Test;

/** Borrow fees on shorts and interest on idle cash, accrued daily on actual/360 (or /365). */
class FinancingTest {
    private static final double EPS = 1e-9;

    /** Flat prices at 20 (open 20 too), one bar a day, except two days between bars 2 and 3. */
    private static BarSeries flat() {
        long d = TestBars.DAY;
        long[] t = {TestBars.START, TestBars.START + d, TestBars.START + 2 * d, TestBars.START + 4 * d, TestBars.START + 5 * d};
        double[] p = {20, 20, 20, 20, 20};
        return new BarSeries("X", t, p, p, p, p, new double[] {1000, 1000, 1000, 1000, 1000});
    }

    @Test
    void borrowFeeAccruesOnShortValueByCalendarDays() {
        var strategy = StrategyBuilder.named("short")
                .signals(w -> w.bar() == 0 ? Signal.SHORT : w.bar() == 3 ? Signal.FLAT : Signal.NONE)
                .sizing(Sizers.fixedShares(10)).build();
        RunResult r = Backtest.of(strategy).initialCapital(1000).financing(Financing.NONE.withBorrowFee(0.36)).run(flat());
        Trade t = r.trades().get(0);
        // short 10 at 20 from bar 1 to bar 4: 1 + 2 days (bar 3 is two days after bar 2) + 1 day = 4 days of
        // 200 * 0.36 / 360 = 0.2 a day
        assertEquals(0.8, t.borrowCost(), EPS);
        assertEquals(-0.8, t.netPnl(), EPS);
        assertEquals(0.8, r.cashFlows().borrowFees(), EPS);
        assertEquals(1000 - 0.8, r.metrics().finalEquity(), EPS);
    }

    @Test
    void idleCashEarnsInterestButShortProceedsDoNot() {
        var none = StrategyBuilder.named("idle").signals(w -> Signal.NONE).sizing(Sizers.fixedShares(1)).build();
        RunResult idle = Backtest.of(none).initialCapital(36_000).financing(Financing.NONE.withCashInterest(0.05))
                .run(flat());
        // 5 days at 36,000 * 0.05 / 360 = 5 a day, compounding daily on the credited cash
        double expected = 36_000;
        for (int day : new int[] {1, 1, 2, 1}) {
            expected += expected * 0.05 / 360 * day;
        }
        assertEquals(expected, idle.metrics().finalEquity(), 1e-6);
        assertEquals(expected - 36_000, idle.cashFlows().interest(), 1e-6);

        var shortAll = StrategyBuilder.named("short").signals(w -> w.bar() == 0 ? Signal.SHORT : Signal.NONE)
                .sizing(Sizers.fixedShares(50)).build();
        RunResult shorted = Backtest.of(shortAll).initialCapital(1000)
                .financing(Financing.NONE.withCashInterest(0.36).withDayCount(365)).run(flat());
        // after the short, cash is 2000 of which 1000 are proceeds: interest on 1000 only, 4 days / 365
        double afterShort = 1000 * (1 + 0.36 / 365);
        double idleCash = afterShort;
        for (int day : new int[] {1, 2, 1}) {
            idleCash += idleCash * 0.36 / 365 * day;
        }
        assertEquals(idleCash, shorted.metrics().finalEquity(), 1e-6);
    }
}
