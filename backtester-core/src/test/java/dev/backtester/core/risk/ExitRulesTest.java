package dev.backtester.core.risk;

import static dev.backtester.core.risk.TestPosition.longAt;
import static dev.backtester.core.risk.TestPosition.shortAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.core.testing.TestWindow;
import org.junit.jupiter.api.Test;

/** Each protective exit on hand-built positions and bars. */
class ExitRulesTest {
    private static final double EPS = 1e-9;

    @Test
    void stopLossIsAFixedFractionFromTheEntry() {
        StopLoss rule = RiskRules.stopLoss(0.05);
        TestWindow bar = TestWindow.bar(110, 90, 100);

        // 100 * (1 - 0.05) = 95; short 100 * (1 + 0.05) = 105
        assertEquals(95.0, rule.stopPrice(longAt(100), bar), EPS);
        assertEquals(105.0, rule.stopPrice(shortAt(100), bar), EPS);
        assertFalse(rule.trails());
        assertTrue(Double.isNaN(rule.targetPrice(longAt(100), bar)));
        assertEquals(0, rule.maxBars());
    }

    @Test
    void exitRulesApproveEveryEntry() {
        OrderProposal proposal = new OrderProposal("X", Direction.LONG, 10, 100, 95, 0);
        RiskDecision decision = RiskRules.stopLoss(0.05).review(proposal, new TestPortfolio(1000));
        assertEquals(RiskDecision.Verdict.APPROVE, decision.verdict());
        assertEquals(10, decision.shares());
    }

    @Test
    void atrStopIsAMultipleOfTheAtrFromTheEntryAndDeclaresTheAtr() {
        StrategyBuilder builder = StrategyBuilder.named("t");
        AtrStop bound = (AtrStop) RiskRules.atrStop(2, 14).declareOn(builder);
        TestWindow bar = TestWindow.bar(101, 99, 100).with(bound.atr(), 1.5);

        // 100 - 2 * 1.5 = 97; short 100 + 3 = 103
        assertEquals(97.0, bound.stopPrice(longAt(100), bar), EPS);
        assertEquals(103.0, bound.stopPrice(shortAt(100), bar), EPS);
        assertFalse(bound.trails());
        assertTrue(bound.atr().name().toLowerCase().contains("atr") && bound.atr().name().contains("14"), bound.atr().name());
    }

    @Test
    void atrRulesGiveNoStopWhileTheAtrWarmsUp() {
        StrategyBuilder builder = StrategyBuilder.named("t");
        AtrStop stop = (AtrStop) RiskRules.atrStop(2, 14).declareOn(builder);
        AtrTrailingStop trailing = (AtrTrailingStop) RiskRules.atrTrailingStop(3, 14).declareOn(builder);
        ChandelierStop chandelier = (ChandelierStop) RiskRules.chandelierStop(22, 3).declareOn(builder);
        AtrTakeProfit target = (AtrTakeProfit) RiskRules.takeProfitAtr(2, 14).declareOn(builder);
        TestWindow bar = TestWindow.bar(101, 99, 100).with(stop.atr(), Double.NaN)
                .with(chandelier.atr(), Double.NaN).with(chandelier.channel().upper(), 105)
                .with(chandelier.channel().lower(), 95);

        assertTrue(Double.isNaN(stop.stopPrice(longAt(100), bar)));
        assertTrue(Double.isNaN(trailing.stopPrice(longAt(100), bar)));
        assertTrue(Double.isNaN(chandelier.stopPrice(longAt(100), bar)));
        assertTrue(Double.isNaN(target.targetPrice(longAt(100), bar)));
        assertSame(stop.atr(), trailing.atr(), "the same ATR spec is declared once");
    }

    @Test
    void anUnboundAtrRuleFailsNamingTheFix() {
        TestWindow bar = TestWindow.bar(101, 99, 100);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RiskRules.atrStop(2, 14).stopPrice(longAt(100), bar));
        assertTrue(e.getMessage().contains("StrategyBuilder.risk"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> RiskRules.chandelierStop(22, 3).stopPrice(longAt(100), bar));
        assertThrows(IllegalStateException.class, () -> RiskRules.atrTrailingStop(3, 14).stopPrice(longAt(100), bar));
        assertThrows(IllegalStateException.class, () -> RiskRules.takeProfitAtr(3, 14).targetPrice(longAt(100), bar));
    }

    @Test
    void bindingReturnsACopyAndLeavesTheOriginalUnbound() {
        AtrStop original = RiskRules.atrStop(2, 14);
        AtrStop bound = (AtrStop) original.declareOn(StrategyBuilder.named("t"));
        assertNotSame(original, bound);
        assertEquals(null, original.atr());
        assertEquals(2, bound.multiple());
        assertEquals(14, bound.period());
    }

    @Test
    void trailingStopFollowsTheCloseOrTheExtremes() {
        TrailingStop close = RiskRules.trailingStop(0.1);
        TrailingStop extremes = close.onExtremes();
        TestWindow bar = TestWindow.bar(120, 90, 100);

        // close: 100 * 0.9 = 90, short 100 * 1.1 = 110; extremes: high 120 * 0.9 = 108, low 90 * 1.1 = 99
        assertEquals(90.0, close.stopPrice(longAt(50), bar), EPS);
        assertEquals(110.0, close.stopPrice(shortAt(50), bar), EPS);
        assertEquals(108.0, extremes.stopPrice(longAt(50), bar), EPS);
        assertEquals(99.0, extremes.stopPrice(shortAt(50), bar), EPS);
        assertTrue(close.trails());
        assertTrue(extremes.trails());
    }

    @Test
    void atrTrailingStopIsAMultipleOfTheAtrBehindTheClose() {
        AtrTrailingStop rule = (AtrTrailingStop) RiskRules.atrTrailingStop(3, 10).declareOn(StrategyBuilder.named("t"));
        TestWindow bar = TestWindow.bar(104, 98, 102).with(rule.atr(), 2);

        // 102 - 3 * 2 = 96; short 102 + 6 = 108
        assertEquals(96.0, rule.stopPrice(longAt(80), bar), EPS);
        assertEquals(108.0, rule.stopPrice(shortAt(80), bar), EPS);
        assertTrue(rule.trails());
    }

    @Test
    void chandelierStopHangsFromTheHighestHighOrTheLowestLow() {
        ChandelierStop rule = (ChandelierStop) RiskRules.chandelierStop(22, 3).declareOn(StrategyBuilder.named("t"));
        TestWindow bar = TestWindow.bar(104, 98, 102).with(rule.atr(), 1.5)
                .with(rule.channel().upper(), 110).with(rule.channel().lower(), 90);

        // long 110 - 3 * 1.5 = 105.5 (above the close 102: exits at the next open); short 90 + 4.5 = 94.5
        assertEquals(105.5, rule.stopPrice(longAt(100), bar), EPS);
        assertEquals(94.5, rule.stopPrice(shortAt(100), bar), EPS);
        assertTrue(rule.trails());
    }

    @Test
    void takeProfitTargetsAFractionOrAtrMultipleFromTheEntry() {
        TakeProfit pct = RiskRules.takeProfit(0.2);
        AtrTakeProfit atr = (AtrTakeProfit) RiskRules.takeProfitAtr(4, 14).declareOn(StrategyBuilder.named("t"));
        TestWindow bar = TestWindow.bar(101, 99, 100).with(atr.atr(), 2.5);

        // 50 * 1.2 = 60, short 50 * 0.8 = 40; 50 + 4 * 2.5 = 60, short 50 - 10 = 40
        assertEquals(60.0, pct.targetPrice(longAt(50), bar), EPS);
        assertEquals(40.0, pct.targetPrice(shortAt(50), bar), EPS);
        assertEquals(60.0, atr.targetPrice(longAt(50), bar), EPS);
        assertEquals(40.0, atr.targetPrice(shortAt(50), bar), EPS);
        assertTrue(Double.isNaN(pct.stopPrice(longAt(50), bar)));
    }

    @Test
    void timeStopDeclaresItsBars() {
        ExitRule rule = RiskRules.timeStop(10);
        assertEquals(10, rule.maxBars());
        assertTrue(Double.isNaN(rule.stopPrice(longAt(1), TestWindow.bar(1, 1, 1))));
    }

    @Test
    void badParametersNameTheRuleTheParameterAndTheRange() {
        assertMessage("stopLoss: pct must be in (0, 1), got 1.5", () -> RiskRules.stopLoss(1.5));
        assertMessage("trailingStop: pct must be in (0, 1), got 0.0", () -> RiskRules.trailingStop(0));
        assertMessage("atrStop: multiple must be a finite number > 0, got -1.0", () -> RiskRules.atrStop(-1, 14));
        assertMessage("atrStop: period must be >= 1, got 0", () -> RiskRules.atrStop(2, 0));
        assertMessage("chandelierStop: period must be >= 1, got 0", () -> RiskRules.chandelierStop(0, 3));
        assertMessage("atrTrailingStop: multiple must be a finite number > 0, got NaN",
                () -> RiskRules.atrTrailingStop(Double.NaN, 14));
        assertMessage("takeProfit: pct must be in (0, 1), got 1.0", () -> RiskRules.takeProfit(1));
        assertMessage("timeStop: bars must be >= 1, got 0", () -> RiskRules.timeStop(0));
    }

    static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void priceSeriesAreReadAtTheCurrentBar() {
        TestWindow window = TestWindow.closes("X", 10, 11, 12);
        assertEquals(12, window.value(Series.CLOSE, 0));
        assertEquals(10, window.close(2));
    }
}
