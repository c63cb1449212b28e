package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.parse;
import static dev.backtester.core.config.ConfigFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Strategy;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.regime.CombinedRegime;
import dev.backtester.core.regime.TrendRegime;
import dev.backtester.core.regime.VolatilityRegime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in regime classifiers in YAML, and the regime block of the original design. */
class BuiltInRegimesTest {

    private static String strategy(String regime) {
        return """
                strategy: regimes
                version: 0.1.0
                components:
                  signals:
                    entry_long: [{test_close_up_days: {days: 2}}]
                    exit_long: [{test_close_up_days: {days: 3}}]
                  sizing: {type: percent_of_equity, params: {pct: 0.5}}
                  regime: %s
                """.formatted(regime);
    }

    private static RegimeFilter filter(String regime) {
        Strategy s = parse(strategy(regime)).strategy();
        return s.regimeFilter().orElseThrow();
    }

    @Test
    void theOriginalDesignsBlockUsesTheCombinedClassifier() {
        RegimeFilter f = filter("{enabled: true, allowed: [\"bull\", \"neutral\"], confidence_threshold: 0.8}");
        CombinedRegime combined = assertInstanceOf(CombinedRegime.class, f.classifier());
        assertTrue(combined.isBound());
        assertEquals(200, combined.trend().period());
        assertEquals(252, combined.volatility().history());
        assertEquals(Set.of("bull", "neutral"), f.allowed());
        assertEquals(0.8, f.minConfidence());
    }

    @Test
    void eachClassifierTakesItsParameters() {
        TrendRegime trend = assertInstanceOf(TrendRegime.class, filter(
                "{classifier: {type: trend, period: 50, slope_bars: 5, atr_period: 10}, allowed: [bull]}").classifier());
        assertEquals(50, trend.period());
        assertEquals(5, trend.slopeBars());
        assertEquals(10, trend.atrPeriod());

        VolatilityRegime vol = assertInstanceOf(VolatilityRegime.class, filter(
                "{classifier: {type: volatility, params: {window: 10, history: 100, low: 0.33, high: 0.67}},"
                        + " allowed: [low_vol, normal_vol]}").classifier());
        assertEquals(10, vol.window());
        assertEquals(100, vol.history());
        assertEquals(0.33, vol.low());
        assertEquals(0.67, vol.high());

        CombinedRegime combined = assertInstanceOf(CombinedRegime.class, filter(
                "{classifier: {type: combined, period: 100, history: 60}, allowed: [bull]}").classifier());
        assertEquals(100, combined.trend().period());
        assertEquals(60, combined.volatility().history());
        assertEquals(20, combined.trend().slopeBars(), "unset parameters keep their defaults");
        assertInstanceOf(CombinedRegime.class, filter("{classifier: combined, allowed: [bull]}").classifier());
    }

    @Test
    void badParametersNameTheirKeyPath() {
        ConfigError period = rejected(strategy("{classifier: {type: trend, period: 1}, allowed: [bull]}")).errors().get(0);
        assertEquals("components.regime.classifier.period", period.path());
        assertTrue(period.message().contains("must be a whole number >= 2, got '1'"), period.message());

        ConfigError high = rejected(strategy("{classifier: {type: volatility, high: 1.5}, allowed: [high_vol]}"))
                .errors().get(0);
        assertEquals("components.regime.classifier.high", high.path());
        assertTrue(high.message().contains("must be a number in (0, 1), got '1.5'"), high.message());

        ConfigError low = rejected(strategy("{classifier: {type: combined, low: 0.9}, allowed: [bull]}")).errors().get(0);
        assertEquals("components.regime.classifier.low", low.path());
        assertTrue(low.message().contains("must be below high (default 0.8), got 0.9"), low.message());

        ConfigError order = rejected(strategy("{classifier: {type: volatility, low: 0.5, high: 0.4},"
                + " allowed: [high_vol]}")).errors().get(0);
        assertEquals("components.regime.classifier.high", order.path());
        assertTrue(order.message().contains("must be above low (0.5), got 0.4"), order.message());
    }

    @Test
    void labelsTheClassifierNeverReturnsAreRejectedWhereTheyAreWritten() {
        ConfigException e = rejected(strategy("{allowed: [bull, bul, high_vol]}"));
        assertEquals(2, e.errors().size(), e.getMessage());
        assertEquals("components.regime.allowed[1]", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("regime label 'bul' is never returned by combined regime"),
                e.errors().get(0).message());
        assertEquals("components.regime.allowed[2]", e.errors().get(1).path());

        ConfigError blank = rejected(strategy("{classifier: trend, allowed: [\" \"]}")).errors().get(0);
        assertEquals("components.regime.allowed[0]", blank.path());
    }

    @Test
    void entriesHappenOnlyInAllowedRegimesAndRecordThem() {
        RunResult bull = Backtest.of(parse(strategy("{classifier: {type: trend, period: 100, slope_bars: 10},"
                + " allowed: [bull], confidence_threshold: 0.3}")).strategy()).run(ConfigFixtures.orcl());
        RunResult bear = Backtest.of(parse(strategy("{classifier: {type: trend, period: 100, slope_bars: 10},"
                + " allowed: [bear]}")).strategy()).run(ConfigFixtures.orcl());

        assertFalse(bull.trades().isEmpty());
        assertFalse(bear.trades().isEmpty());
        for (Trade t : bull.trades()) {
            assertEquals("bull", t.regimeAtEntry());
            assertTrue(t.regimeConfidence() >= 0.3, "confidence " + t.regimeConfidence());
        }
        assertTrue(bear.trades().stream().allMatch(t -> t.regimeAtEntry().equals("bear")));
    }
}
