package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.InsufficientFunds;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.sizing.Sizers;
import org.junit.jupiter.api.Test;

/** Orders the account cannot carry are resized or rejected, never filled silently. */
class BuyingPowerTest {
    private static final double EPS = 1e-9;
    private final BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);

    private static Strategy entryAtZero(Signal side, PositionSizer sizer) {
        return StrategyBuilder.named("big")
                .signals(w -> w.bar() == 0 ? side : Signal.NONE)
                .sizing(sizer)
                .commission(Commissions.perShare(0.01, 1))
                .build();
    }

    private static OrderEvent only(RunResult r, Kind kind) {
        return r.orders().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void resizeIsTheDefaultAndIsRecorded() {
        RunResult r = Backtest.of(entryAtZero(Signal.LONG, Sizers.fixedShares(1000))).initialCapital(1000).run(bars);
        OrderEvent resized = only(r, Kind.RESIZED);
        assertEquals(83, resized.quantity(), EPS);
        assertEquals(Reason.INSUFFICIENT_BUYING_POWER, resized.reason());
        assertEquals(1000, resized.shares(), EPS);
        assertTrue(resized.detail().contains("initial margin"), resized.detail());
        assertEquals(83, r.trades().get(0).shares(), EPS);
    }

    @Test
    void rejectPolicyLeavesTheAccountAlone() {
        RunResult r = Backtest.of(entryAtZero(Signal.LONG, Sizers.fixedShares(1000))).initialCapital(1000)
                .insufficientFunds(InsufficientFunds.REJECT).run(bars);
        OrderEvent rejected = only(r, Kind.REJECTED);
        assertEquals(Reason.INSUFFICIENT_BUYING_POWER, rejected.reason());
        assertEquals(1000, rejected.shares(), EPS);
        assertTrue(r.trades().isEmpty());
        assertEquals(1000, r.metrics().finalEquity(), EPS);
    }

    @Test
    void aShortBeyondTheLeverageLimitIsCutForLeverage() {
        RunResult r = Backtest.of(entryAtZero(Signal.SHORT, Sizers.fixedShares(200))).initialCapital(1000).run(bars);
        OrderEvent resized = only(r, Kind.RESIZED);
        assertEquals(Reason.LEVERAGE_LIMIT, resized.reason());
        // 1000 equity at the fill price 12 with 0.01/share (min 1): 83 shares = 996 + 1 fits, 84 do not
        assertEquals(83, r.trades().get(0).shares(), EPS);
    }

    @Test
    void regTShortMarginBindsBeforeAHighLeverageLimit() {
        // leverage 4 would allow 4000 of gross exposure, but a short needs half its value as equity: 2000 at most
        RunResult r = Backtest.of(entryAtZero(Signal.SHORT, Sizers.fixedShares(300))).initialCapital(1000)
                .maxLeverage(4).run(bars);
        OrderEvent resized = only(r, Kind.RESIZED);
        assertEquals(Reason.INSUFFICIENT_BUYING_POWER, resized.reason());
        double shares = r.trades().get(0).shares();
        // half of 166 * 12 is 996, plus the 1.66 commission, fits in 1000; 167 shares need 1002 + 1.67
        assertEquals(166, shares, EPS);
        assertTrue(shares * 12 * 0.5 + 0.01 * shares <= 1000);
    }

    @Test
    void zeroSharesAfterRoundingIsRejectedAtTheDecision() {
        RunResult r = Backtest.of(entryAtZero(Signal.LONG, Sizers.fixedCash(5))).run(bars);
        OrderEvent rejected = only(r, Kind.REJECTED);
        assertEquals(Reason.ZERO_SHARES, rejected.reason());
        assertEquals(0, rejected.bar());
        assertEquals(0.5, rejected.shares(), EPS);
        assertTrue(r.trades().isEmpty());
    }

    @Test
    void aRiskVetoIsRecordedWithTheRulesReason() {
        Strategy strategy = StrategyBuilder.named("vetoed")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(10))
                .risk((proposal, portfolio) -> RiskDecision.veto("no new positions on Mondays"))
                .build();
        RunResult r = Backtest.of(strategy).run(bars);
        OrderEvent rejected = only(r, Kind.REJECTED);
        assertEquals(Reason.RISK_VETO, rejected.reason());
        assertEquals("no new positions on Mondays", rejected.detail());
    }
}
