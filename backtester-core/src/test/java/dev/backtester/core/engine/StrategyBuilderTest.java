package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.regime.Regimes;
import dev.backtester.core.risk.RiskRules;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyBuilderTest {

    @Test
    void sizingIsRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StrategyBuilder.named("s").signals(w -> Signal.NONE).build());
        assertTrue(e.getMessage().contains("sizing("), e.getMessage());
    }

    @Test
    void signalsAreRequiredAndOnlyOneStyleIsAllowed() {
        assertThrows(IllegalStateException.class, () -> StrategyBuilder.named("s").sizing(Sizers.fixedShares(1)).build());
        IllegalStateException both = assertThrows(IllegalStateException.class, () -> StrategyBuilder.named("s")
                .signals(w -> Signal.NONE).entryLong(w -> true).sizing(Sizers.fixedShares(1)).build());
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
    }

    @Test
    void equalIndicatorsAreDeclaredOnceAndSlotsFollowThePriceFields() {
        StrategyBuilder b = StrategyBuilder.named("s");
        Series first = b.indicator(new TestBars.TestSma(5));
        Series again = b.indicator(new TestBars.TestSma(5));
        Series other = b.indicator(new TestBars.TestSma(7));
        assertSame(first, again);
        assertEquals(Series.PRICE_SLOTS, first.slot());
        assertEquals(Series.PRICE_SLOTS + 1, other.slot());
        Strategy s = b.entryLong(w -> true).sizing(Sizers.fixedShares(1)).build();
        assertEquals(2, s.indicators().size());
        assertSame(other, s.series().get(other.slot()));
        assertEquals(6, s.warmupBars());
    }

    @Test
    void entryAndExitConditionsDriveLongAndShortTrades() {
        var bars = TestBars.closes("X", 10, 12, 9, 13, 8, 14, 7);
        Strategy s = StrategyBuilder.named("updown")
                .entryLong(w -> w.close() > w.close(1))
                .exitLong(w -> w.close() < w.close(1))
                .sizing(Sizers.fixedShares(1))
                .warmup(1)
                .build();
        var r = Backtest.of(s).run(bars);
        // entry signals at bars 1, 3, 5 and exit signals at 2, 4, 6, each filled at the next bar;
        // the last exit signal has no next bar, so the third trade is still open at the end
        assertEquals(3, r.trades().size());
        assertEquals(2, r.trades().get(0).entryBar());
        assertEquals(3, r.trades().get(0).exitBar());
        assertFalse(r.trades().get(1).open());
        assertTrue(r.trades().get(2).open());
    }

    @Test
    void componentSeriesAreTheIndicatorsFirstDeclaredBySizersRiskRulesAndRegimes() {
        StrategyBuilder b = StrategyBuilder.named("s");
        Series fast = b.indicator(Indicators.sma(10));
        Series atr14 = b.indicator(Indicators.atr(14));
        Strategy s = b.entryLong(w -> w.value(fast) > w.value(atr14))
                .sizing(Sizers.percentOfEquity(0.5))
                .risk(RiskRules.atrStop(2, 14), RiskRules.atrStop(3, 20))
                .regime(Regimes.allow("bull"), 0.5)
                .build();

        List<String> names = new ArrayList<>();
        for (Series one : s.componentSeries()) {
            names.add(one.name());
            assertSame(one, s.series().get(one.slot()));
        }
        // atr(14) was declared by the strategy before the stop asked for it: the signal logic reads it
        assertFalse(names.contains(atr14.name()), names.toString());
        assertFalse(names.contains(fast.name()), names.toString());
        assertTrue(names.contains(Indicators.atr(20).id()), names.toString());
        assertTrue(names.contains(Indicators.sma(200).id()), "the trend regime's average: " + names);
        assertEquals(s.series().size() - Series.PRICE_SLOTS - 2, names.size(), "every other indicator: " + names);
    }

    @Test
    void blankNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> StrategyBuilder.named(" "));
    }
}
