package dev.backtester.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.regime.RegimeSelection;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegimesTest {

    @Test
    void allowUsesTheCombinedClassifierAndWorksWithTheBuilder() {
        RegimeSelection selection = Regimes.allow("bull", "neutral");
        assertInstanceOf(CombinedRegime.class, selection.classifier());
        assertEquals(Set.of("bull", "neutral"), selection.labels());

        StrategyBuilder b = StrategyBuilder.named("regime");
        var fast = b.indicator(Indicators.sma(10));
        Strategy s = b.entryLong(w -> w.close() > w.value(fast)).sizing(Sizers.percentOfEquity(0.95))
                .regime(selection, 0.8).build();

        RegimeFilter filter = s.regimeFilter().orElseThrow();
        assertEquals(0.8, filter.minConfidence());
        CombinedRegime bound = assertInstanceOf(CombinedRegime.class, filter.classifier());
        assertTrue(bound.isBound(), "the builder bound the classifier to its indicators");
        assertFalse(((CombinedRegime) selection.classifier()).isBound(), "the selection keeps the template");
        // the strategy's SMA(10) plus the classifier's SMA(200), ATR(14) and the percentile of volatility(20)
        // over 252 values: warm-up 20 + 252 = 272
        assertEquals(4, s.indicators().size());
        assertEquals(272, s.warmupBars());
        assertTrue(filter.allows(new Regime("bull", 0.85)));
        assertFalse(filter.allows(new Regime("bull", 0.75)));
        assertFalse(filter.allows(new Regime("bear", 0.95)));
    }

    @Test
    void labelsAreCheckedAgainstWhatTheClassifierReturns() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> Regimes.allow("bull", "bul"));
        assertEquals("allow: regime label 'bul' is never returned by " + Regimes.combined()
                + "; it returns bull, neutral, bear, unknown", typo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Regimes.allow("high_vol"));
        assertEquals(Set.of("high_vol"), Regimes.allow(Regimes.volatility(), "high_vol").labels());
        assertEquals(Set.of("bull"), Regimes.allow(Regimes.trend(), "bull").labels());
        // a classifier that does not declare its labels accepts any well-formed label
        assertEquals(Set.of("euphoria"), Regimes.allow(w -> new Regime("euphoria", 1), "euphoria").labels());
    }

    @Test
    void malformedLabelsAreRejectedClearly() {
        assertEquals("allow: name at least one regime label, e.g. allow(\"bull\", \"neutral\")",
                assertThrows(IllegalArgumentException.class, Regimes::allow).getMessage());
        assertEquals("allow: a regime label must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Regimes.allow("bull", " ")).getMessage());
        assertEquals("allow: a regime label must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Regimes.allow("bull", null)).getMessage());
        assertEquals("allow: regime label ' bull' has surrounding spaces",
                assertThrows(IllegalArgumentException.class, () -> Regimes.allow(w -> null, " bull")).getMessage());
    }

    @Test
    void labelSetsAreDeclared() {
        assertEquals(Set.of("bull", "neutral", "bear", "unknown"), Regimes.trend().labels());
        assertEquals(Set.of("low_vol", "normal_vol", "high_vol", "unknown"), Regimes.volatility().labels());
        assertEquals(Set.of("bull", "neutral", "bear", "unknown"), Regimes.combined().labels());
    }
}
