package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.parse;
import static dev.backtester.core.config.ConfigFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.risk.RiskRule;
import dev.backtester.core.risk.AtrStop;
import dev.backtester.core.risk.AtrTakeProfit;
import dev.backtester.core.risk.AtrTrailingStop;
import dev.backtester.core.risk.ChandelierStop;
import dev.backtester.core.risk.DrawdownCircuitBreaker;
import dev.backtester.core.risk.GroupLimit;
import dev.backtester.core.risk.LossLimit;
import dev.backtester.core.risk.MaxCorrelation;
import dev.backtester.core.risk.MaxGrossExposure;
import dev.backtester.core.risk.MaxHeat;
import dev.backtester.core.risk.MaxNetExposure;
import dev.backtester.core.risk.MaxPosition;
import dev.backtester.core.risk.StopLoss;
import dev.backtester.core.risk.TakeProfit;
import dev.backtester.core.risk.TimeStop;
import dev.backtester.core.risk.TrailingStop;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code risk:} list: every built-in rule by name, and mistakes reported with their key paths. */
class BuiltInRiskRulesTest {

    private static String withRisk(String riskList) {
        return """
                strategy: risky
                version: "1.0.0"
                components:
                  signals:
                    entry_long: [{above: {a: close, b: 0}}]
                    exit_long: [{below: {a: close, b: 0}}]
                  sizing: {type: percent_of_equity, pct: 0.5}
                  risk:
                """ + riskList.indent(4);
    }

    private static List<RiskRule> rules(String riskList) {
        return parse(withRisk(riskList)).strategy().riskRules();
    }

    private static ConfigError only(String riskList) {
        ConfigException e = rejected(withRisk(riskList));
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    @Test
    void theOriginalDesignsShapeWorks() {
        List<RiskRule> rules = rules("- trailing_stop: {pct: 0.02}");
        assertEquals(new TrailingStop(0.02, false), rules.get(0));
    }

    @Test
    void everyRuleIsReadWithItsParameters() {
        List<RiskRule> rules = rules("""
                - stop_loss: {pct: 0.05}
                - atr_stop: {multiple: 2, period: 10}
                - trailing_stop: {pct: 0.03, on_extremes: true}
                - atr_trailing_stop: {multiple: 3}
                - chandelier_stop: {period: 22, multiple: 3}
                - take_profit: {pct: 0.1}
                - take_profit_atr: {multiple: 4, period: 20}
                - time_stop: {bars: 15}
                - max_position: {pct: 0.2}
                - max_gross_exposure: {max: 1.5}
                - max_net_exposure: {max: 0.5}
                - max_heat: {max: 0.06}
                - max_correlation: {threshold: 0.7}
                - group_limit: {groups: {tech: [AAPL, MSFT], energy: [XOM]}, max_pct: 0.3}
                - drawdown_breaker: {max_drawdown: 0.2, flatten: true, resume: {after_bars: 20}}
                - daily_loss_limit: {pct: 0.02}
                - weekly_loss_limit: {pct: 0.05, flatten: true, zone: Europe/London}
                """);
        assertEquals(17, rules.size());
        assertEquals(new StopLoss(0.05), rules.get(0));
        AtrStop atrStop = assertInstanceOf(AtrStop.class, rules.get(1));
        assertEquals(2, atrStop.multiple());
        assertEquals(10, atrStop.period());
        assertNotNull(atrStop.atr(), "bound to the strategy's ATR");
        assertEquals(new TrailingStop(0.03, true), rules.get(2));
        assertEquals(14, assertInstanceOf(AtrTrailingStop.class, rules.get(3)).period(), "default period");
        ChandelierStop chandelier = assertInstanceOf(ChandelierStop.class, rules.get(4));
        assertEquals(22, chandelier.period());
        assertNotNull(chandelier.channel());
        assertEquals(new TakeProfit(0.1), rules.get(5));
        assertEquals(20, assertInstanceOf(AtrTakeProfit.class, rules.get(6)).period());
        assertEquals(new TimeStop(15), rules.get(7));
        assertEquals(new MaxPosition(0.2), rules.get(8));
        assertEquals(new MaxGrossExposure(1.5), rules.get(9));
        assertEquals(new MaxNetExposure(0.5), rules.get(10));
        assertEquals(new MaxHeat(0.06), rules.get(11));
        assertEquals(new MaxCorrelation(0.7, 60, false), rules.get(12));
        assertEquals(Map.of("AAPL", "tech", "MSFT", "tech", "XOM", "energy"),
                assertInstanceOf(GroupLimit.class, rules.get(13)).groupOfSymbol());
        DrawdownCircuitBreaker breaker = assertInstanceOf(DrawdownCircuitBreaker.class, rules.get(14));
        assertTrue(breaker.flattens());
        assertEquals(DrawdownCircuitBreaker.Resume.AFTER_BARS, breaker.resume());
        assertEquals(20, breaker.resumeBars());
        LossLimit daily = assertInstanceOf(LossLimit.class, rules.get(15));
        assertEquals(LossLimit.Period.DAY, daily.period());
        assertEquals(ZoneId.of("America/New_York"), daily.zone());
        LossLimit weekly = assertInstanceOf(LossLimit.class, rules.get(16));
        assertEquals(LossLimit.Period.WEEK, weekly.period());
        assertTrue(weekly.flattens());
        assertEquals(ZoneId.of("Europe/London"), weekly.zone());
    }

    @Test
    void breakerResumeRulesAndDefault() {
        List<RiskRule> rules = rules("""
                - drawdown_breaker: {max_drawdown: 0.2}
                - drawdown_breaker: {max_drawdown: 0.2, resume: {drawdown_below: 0.05}}
                - drawdown_breaker: {max_drawdown: 0.2, resume: {new_high: true}}
                - max_correlation: {threshold: 0.8, window: 20, directional: true}
                """);
        DrawdownCircuitBreaker byDefault = (DrawdownCircuitBreaker) rules.get(0);
        assertEquals(DrawdownCircuitBreaker.Resume.DRAWDOWN_BELOW, byDefault.resume());
        assertEquals(0.1, byDefault.resumeDrawdown(), 1e-12);
        assertEquals(0.05, ((DrawdownCircuitBreaker) rules.get(1)).resumeDrawdown(), 1e-12);
        assertEquals(DrawdownCircuitBreaker.Resume.NEW_HIGH, ((DrawdownCircuitBreaker) rules.get(2)).resume());
        assertEquals(new MaxCorrelation(0.8, 20, true), rules.get(3));
    }

    @Test
    void anOutOfRangeParameterNamesItsPath() {
        ConfigError error = only("- trailing_stop: {pct: 2}");
        assertEquals("components.risk[0].trailing_stop.pct", error.path());
        assertTrue(error.message().contains("must be a number in (0, 1), got '2'"), error.message());
    }

    @Test
    void aMisspeltParameterIsUnknown() {
        ConfigException both = rejected(withRisk("- max_heat: {maximum: 0.06}"));
        assertEquals(List.of("components.risk[0].max_heat.max", "components.risk[0].max_heat.maximum"),
                both.errors().stream().map(ConfigError::path).sorted().toList(), "missing max, unknown maximum");
        ConfigException e = rejected(withRisk("- max_heat: {max: 0.06, maximum: 0.06}"));
        assertEquals("components.risk[0].max_heat.maximum", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("unknown key 'maximum'"), e.getMessage());
    }

    @Test
    void anUnknownRuleListsTheKnownOnes() {
        ConfigError error = only("- trailing_stops: {pct: 0.02}");
        assertEquals("components.risk[0].trailing_stops", error.path());
        assertTrue(error.message().contains("chandelier_stop"), error.message());
    }

    @Test
    void resumeMistakesNameTheirPath() {
        ConfigError two = only("- drawdown_breaker: {max_drawdown: 0.2, resume: {after_bars: 5, new_high: true}}");
        assertEquals("components.risk[0].drawdown_breaker.resume", two.path());
        assertTrue(two.message().contains("exactly one of after_bars, drawdown_below, new_high"), two.message());

        ConfigException typo = rejected(withRisk("- drawdown_breaker: {max_drawdown: 0.2, resume: {after_bar: 5}}"));
        assertEquals(List.of("components.risk[0].drawdown_breaker.resume",
                        "components.risk[0].drawdown_breaker.resume.after_bar"),
                typo.errors().stream().map(ConfigError::path).sorted().toList(), typo.getMessage());
        assertTrue(typo.getMessage().contains("unknown key 'after_bar' in risk rule drawdown_breaker.resume; allowed:"
                + " after_bars, drawdown_below, new_high"), typo.getMessage());

        ConfigError unknownNested = rejected(withRisk(
                "- drawdown_breaker: {max_drawdown: 0.2, resume: {after_bars: 5, when: now}}")).errors().get(0);
        assertEquals("components.risk[0].drawdown_breaker.resume.when", unknownNested.path());

        ConfigError above = only("- drawdown_breaker: {max_drawdown: 0.2, resume: {drawdown_below: 0.3}}");
        assertEquals("components.risk[0].drawdown_breaker.resume.drawdown_below", above.path());
        assertTrue(above.message().contains("must be below max_drawdown 0.2"), above.message());

        ConfigError flatten = only("- drawdown_breaker: {max_drawdown: 0.2, flatten: true}");
        assertEquals("components.risk[0].drawdown_breaker.flatten", flatten.path());
        assertTrue(flatten.message().contains("resume: {after_bars: N}"), flatten.message());

        ConfigError flattenHigh = only("- drawdown_breaker: {max_drawdown: 0.2, flatten: true, resume: {new_high: true}}");
        assertEquals("components.risk[0].drawdown_breaker.resume", flattenHigh.path());
    }

    @Test
    void groupMistakesNameTheirPath() {
        ConfigError twice = only("- group_limit: {groups: {tech: [AAPL], media: [AAPL]}, max_pct: 0.3}");
        assertEquals("components.risk[0].group_limit.groups", twice.path());
        assertTrue(twice.message().contains("symbol AAPL is in two groups: tech and media"), twice.message());

        ConfigError empty = only("- group_limit: {groups: {tech: []}, max_pct: 0.3}");
        assertEquals("components.risk[0].group_limit.groups.tech", empty.path());

        ConfigError missing = only("- group_limit: {max_pct: 0.3}");
        assertEquals("components.risk[0].group_limit.groups", missing.path());
    }

    @Test
    void anUnknownZoneNamesItsPath() {
        ConfigError error = only("- daily_loss_limit: {pct: 0.02, zone: Mars/Olympus}");
        assertEquals("components.risk[0].daily_loss_limit.zone", error.path());
        assertTrue(error.message().contains("unknown time zone 'Mars/Olympus'"), error.message());
    }
}
