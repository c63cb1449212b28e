package dev.backtester.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.Strategy;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import org.junit.jupiter.api.Test;

/** Every registered indicator can be declared with its defaults and read by a condition through its outputs. */
class BuiltInIndicatorsTest {

    @Test
    void everyIndicatorBuildsAndEveryOutputIsAddressable() {
        ComponentRegistry registry = ComponentRegistry.load();
        for (ComponentRegistry.Component indicator : registry.all(ComponentKind.INDICATOR)) {
            String params = indicator.summary().contains("(required)") ? "{id: x, period: 10}" : "{id: x}";
            Strategy probe = ConfigFixtures.parse(yaml(indicator.name(), params, "close")).strategy();
            DeclaredIndicator declared = probe.indicators().get(0);
            for (String output : declared.spec().outputNames()) {
                String reference = declared.outputs().size() == 1 ? "x" : "x." + output;
                Strategy strategy = ConfigFixtures.parse(yaml(indicator.name(), params, reference)).strategy();
                RunResult result = Backtest.of(strategy).run(ConfigFixtures.orcl().prefix(400));
                assertEquals(400, result.equity().size(), indicator.name() + " runs");
            }
            assertTrue(declared.spec().lookback() >= 0, indicator.name());
        }
    }

    private static String yaml(String name, String params, String reference) {
        return """
                strategy: probe
                version: 0.0.1
                components:
                  indicators: [{%s: %s}]
                  signals: {entry_long: [{above: {a: %s, b: 0}}]}
                  sizing: {type: fixed_shares, shares: 1}
                """.formatted(name, params, reference);
    }
}
