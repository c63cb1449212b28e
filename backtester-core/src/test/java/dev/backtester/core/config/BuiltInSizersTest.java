package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.parse;
import static dev.backtester.core.config.ConfigFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.RiskParitySizer;
import dev.backtester.core.sizing.Sizers;
import dev.backtester.core.sizing.VolatilityTargetSizer;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sizers of issue 5 by their YAML names: parameters, defaults, errors, and runs like their builder twins. */
class BuiltInSizersTest {

    private static String yaml(String sizing) {
        return """
                strategy: sized
                version: 1.0.0
                components:
                  indicators:
                    - sma: {period: 10, id: fast}
                    - sma: {period: 30, id: slow}
                  signals:
                    entry_long: [{cross_above: {a: fast, b: slow}}]
                    exit_long: [{cross_below: {a: fast, b: slow}}]
                  sizing: %s
                """.formatted(sizing);
    }

    private static PositionSizer sizer(String sizing) {
        return parse(yaml(sizing)).strategy().sizer();
    }

    private static ConfigError only(String sizing) {
        List<ConfigError> errors = rejected(yaml(sizing)).errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    /** The builder twin of {@link #yaml}. */
    private static Strategy twin(PositionSizer sizer) {
        StrategyBuilder b = StrategyBuilder.named("sized");
        Series fast = b.indicator(Indicators.sma(10));
        Series slow = b.indicator(Indicators.sma(30));
        return b.entryLong(w -> w.crossedAbove(fast, slow)).exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(sizer).build();
    }

    @Test
    void fixedFractional() {
        assertEquals(Sizers.fixedFractionalRisk(0.01).maxLeverage(2),
                sizer("{type: fixed_fractional, risk_pct: 0.01, max_leverage: 2}"));
        assertEquals(Sizers.fixedFractionalRisk(0.02), sizer("{type: fixed_fractional, risk_pct: 0.02}"));
    }

    @Test
    void kellyOptimalWithEveryParameterAndTheAliasWithDefaults() {
        assertEquals(Sizers.kelly(0.05).fraction(0.25).cap(2).minTrades(30).lookback(50)
                        .fallback(Sizers.percentOfEquity(0.2)),
                sizer("""
                        {type: kelly_optimal, params: {risk_free_rate: 0.05, fraction: 0.25, max_leverage: 2,
                            min_trades: 30, lookback: 50, fallback_pct: 0.2}}"""));
        assertEquals(Sizers.kelly(0), sizer("kelly"));
        assertEquals(Sizers.kelly(0.05), sizer("{type: kelly, risk_free_rate: 0.05}"));
    }

    @Test
    void volatilityTargetIsBoundToItsIndicator() {
        Strategy s = parse(yaml("{type: volatility_target, target_vol: 0.15, measure: atr, period: 14,"
                + " periods_per_year: 365, max_leverage: 1.5}")).strategy();

        VolatilityTargetSizer sizer = (VolatilityTargetSizer) s.sizer();
        assertTrue(sizer.isBound());
        assertEquals(VolatilityTargetSizer.Measure.ATR, sizer.measure());
        assertEquals(14, sizer.period());
        assertEquals(365, sizer.periodsPerYear());
        assertEquals(1.5, sizer.cap());
        assertEquals(0.15, sizer.targetVol());
        assertTrue(s.indicators().stream().anyMatch(d -> d.spec().id().equals(Indicators.atr(14).id())),
                "declares atr(14)");
        VolatilityTargetSizer defaults = (VolatilityTargetSizer) sizer("{type: volatility_target, target_vol: 0.2}");
        assertEquals(VolatilityTargetSizer.Measure.STDDEV, defaults.measure());
        assertEquals(20, defaults.period());
        assertEquals(252, defaults.periodsPerYear());
        assertEquals(1.0, defaults.cap());
    }

    @Test
    void riskParity() {
        assertEquals(Sizers.riskParity(RiskParitySizer.Method.INVERSE_VOLATILITY).lookback(90).gross(1.5)
                        .rebalance(new RebalanceSchedule(RebalanceSchedule.Period.WEEKLY, ZoneId.of("UTC"))),
                sizer("{type: risk_parity, method: inverse_volatility, lookback: 90, gross: 1.5, rebalance: weekly,"
                        + " zone: UTC}"));
        assertEquals(Sizers.riskParity(RiskParitySizer.Method.EQUAL_RISK_CONTRIBUTION), sizer("risk_parity"));
        assertEquals(RebalanceSchedule.NEVER, sizer("{type: risk_parity, rebalance: never}").rebalance());
    }

    @Test
    void mistakesNameTheKeyAndWhatIsAllowed() {
        ConfigError risk = only("{type: fixed_fractional, risk_pct: 2}");
        assertEquals("components.sizing.risk_pct", risk.path());
        assertTrue(risk.message().contains("in (0, 1], got '2'"), risk.message());

        ConfigError lookback = only("{type: kelly_optimal, params: {lookback: 10}}");
        assertEquals("components.sizing.params.lookback", lookback.path());
        assertTrue(lookback.message().contains("at least min_trades (20)"), lookback.message());

        ConfigError leverage = only("{type: kelly, max_leverage: 0}");
        assertEquals("components.sizing.max_leverage", leverage.path());
        assertTrue(leverage.message().contains("in (0, 100]"), leverage.message());

        ConfigError measure = only("{type: volatility_target, target_vol: 0.1, measure: garch}");
        assertEquals("components.sizing.measure", measure.path());
        assertTrue(measure.message().contains("must be one of stddev, atr"), measure.message());

        ConfigError target = only("{type: volatility_target}");
        assertTrue(target.message().contains("missing required key 'target_vol'"), target.message());

        ConfigError method = only("{type: risk_parity, method: hrp}");
        assertEquals("components.sizing.method", method.path());
        assertTrue(method.message().contains("inverse_volatility, equal_risk_contribution"), method.message());

        ConfigError zone = only("{type: risk_parity, zone: Mars/Olympus}");
        assertEquals("components.sizing.zone", zone.path());
        assertTrue(zone.message().contains("time zone id"), zone.message());

        ConfigError unknown = only("{type: risk_parity, leverage: 2}");
        assertEquals("components.sizing.leverage", unknown.path());
    }

    @Test
    void yamlSizedRunsMatchTheirBuilderTwins() {
        List<String> yamls = List.of("{type: volatility_target, target_vol: 0.15}",
                "{type: volatility_target, target_vol: 0.3, measure: atr, max_leverage: 2}",
                "{type: kelly_optimal, risk_free_rate: 0.02, min_trades: 5, fallback_pct: 0.5}",
                "{type: risk_parity, method: inverse_volatility}");
        List<PositionSizer> built = List.of(Sizers.volatilityTarget(0.15),
                Sizers.volatilityTarget(0.3).measure(VolatilityTargetSizer.Measure.ATR).cap(2),
                Sizers.kelly(0.02).minTrades(5).fallback(Sizers.percentOfEquity(0.5)),
                Sizers.riskParity(RiskParitySizer.Method.INVERSE_VOLATILITY));
        for (int k = 0; k < yamls.size(); k++) {
            RunResult expected = Backtest.of(twin(built.get(k))).run(ConfigFixtures.orcl());
            RunResult actual = Backtest.of(parse(yaml(yamls.get(k))).strategy()).run(ConfigFixtures.orcl());

            // Kelly trades at least its 5 fallback trades (after them, only while the record shows an edge)
            assertTrue(expected.trades().size() >= 5, yamls.get(k) + " trades: " + expected.trades().size());
            assertEquals(RunFingerprint.of(expected), RunFingerprint.of(actual), yamls.get(k));
        }
    }
}
