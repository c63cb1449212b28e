package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.parse;
import static dev.backtester.core.config.ConfigFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.engine.Backtest;
import org.junit.jupiter.api.Test;

/** Components of a provider found by ServiceLoader (TestComponents) work in YAML like built-in ones. */
class ThirdPartyComponentsTest {

    private static String strategy(String sizing, String extra) {
        return """
                strategy: third_party
                version: 0.1.0
                components:
                  signals:
                    entry_long: [{test_close_up_days: {days: 3}}]
                    exit_long: [test_close_up_days]
                  sizing: %s
                %s""".formatted(sizing, extra);
    }

    @Test
    void theRegistryListsProvidersFromTheClassPath() {
        ComponentRegistry registry = ComponentRegistry.load();

        assertEquals(TestComponents.class.getName(),
                registry.find(ComponentKind.SIZER, "test_fixed_lot").orElseThrow().provider());
        assertTrue(registry.find(ComponentKind.SIZER, "percent_of_equity").isPresent(), "built-ins are there too");
    }

    @Test
    void aUserSizerAndConditionDriveTheRun() {
        RunResult result = Backtest.of(parse(strategy("{type: test_fixed_lot, lot: 7}", "")).strategy())
                .run(ConfigFixtures.orcl());

        assertTrue(result.trades().size() > 20, "three up closes in a row happen often");
        for (Trade trade : result.trades()) {
            assertEquals(7, trade.shares(), "every position is the user's lot");
        }
    }

    @Test
    void aUserRiskRuleResizesEntries() {
        String yaml = strategy("{type: test_fixed_lot, lot: 50}", "  risk: [{test_max_shares: {shares: 20}}]\n");
        RunResult result = Backtest.of(parse(yaml).strategy()).run(ConfigFixtures.orcl());

        assertFalse(result.trades().isEmpty());
        assertTrue(result.trades().stream().allMatch(t -> t.shares() == 20), "the rule caps every entry");
    }

    @Test
    void aUserRegimeClassifierFiltersEntries() {
        String bear = "  regime: {enabled: true, classifier: {type: test_constant, label: bear}, allowed: [bull],"
                + " confidence_threshold: 0.8}\n";
        String bull = bear.replace("label: bear", "label: bull");

        RunResult blocked = Backtest.of(parse(strategy("{type: test_fixed_lot, lot: 1}", bear)).strategy())
                .run(ConfigFixtures.orcl());
        RunResult allowed = Backtest.of(parse(strategy("{type: test_fixed_lot, lot: 1}", bull)).strategy())
                .run(ConfigFixtures.orcl());

        assertTrue(blocked.trades().isEmpty(), "no entry in a regime that is not allowed");
        assertFalse(allowed.trades().isEmpty());
    }

    @Test
    void userParametersAreCheckedLikeBuiltInOnes() {
        ConfigException e = rejected(strategy("{type: test_fixed_lot, lot: 2.5}", ""));

        assertEquals("components.sizing.lot", e.errors().get(0).path(), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("expected a whole number, got '2.5'"), e.getMessage());
    }

    @Test
    void aNameRegisteredTwiceFailsNamingBothProviders() {
        ComponentRegistry.Builder builder = ComponentRegistry.builder();
        new TestComponents().register(builder);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestComponents().register(builder));
        assertTrue(e.getMessage().contains("sizer 'test_fixed_lot' is registered twice"), e.getMessage());
    }
}
