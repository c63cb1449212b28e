package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.BB_MEAN_REVERSION;
import static dev.backtester.core.config.ConfigFixtures.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of mistake is reported with its key path and line, all of them at once. */
class ConfigErrorsTest {

    private static final String HEADER = """
            strategy: checks
            version: "1.0.0"
            """;

    @Test
    void anUnknownComponentNamesItsPathLineAndTheKnownNames() {
        String yaml = BB_MEAN_REVERSION.replace("type: percent_of_equity", "type: percent_of_equty");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.sizing.type", lineOf(yaml, "percent_of_equty"));
        assertTrue(error.message().contains("unknown sizer 'percent_of_equty'"), error.message());
        assertTrue(error.message().contains("percent_of_equity"), "lists the known sizers: " + error.message());
    }

    @Test
    void aMissingParameterNamesItsPathAndTheLineOfItsBlock() {
        String yaml = BB_MEAN_REVERSION.replace("params: {pct: 0.95}", "params: {}");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.sizing.params.pct", lineOf(yaml, "params: {}"));
        assertTrue(error.message().contains("missing required key 'pct'"), error.message());
    }

    @Test
    void aWrongTypedParameterNamesItsPathLineAndWhatWasFound() {
        String yaml = BB_MEAN_REVERSION.replace("rsi: {period: 14}", "rsi: {period: fourteen}");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.indicators[1].rsi.period", lineOf(yaml, "fourteen"));
        assertTrue(error.message().contains("expected a number, got 'fourteen'"), error.message());
    }

    @Test
    void anOutOfRangeValueNamesItsPathLineAndTheAllowedRange() {
        String yaml = BB_MEAN_REVERSION.replace("pct: 0.95", "pct: 12");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.sizing.params.pct", lineOf(yaml, "pct: 12"));
        assertTrue(error.message().contains("in (0, 10], got '12'"), error.message());
        assertTrue(error.toString().startsWith("test.yaml:" + lineOf(yaml, "pct: 12") + ":"), error.toString());
    }

    @Test
    void anUnknownIndicatorIdInAConditionNamesItsPathLineAndTheDeclaredIds() {
        String yaml = HEADER + """
                components:
                  indicators:
                    - bollinger_bands: {id: bb}
                  signals:
                    entry_long: [{below: {a: close, b: bb.lower}}]
                    exit_long:
                      - above: {a: close, b: bbx.upper}
                  sizing: {type: percent_of_equity, pct: 0.5}
                """;

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.signals.exit_long[0].above.b", lineOf(yaml, "bbx.upper"));
        assertTrue(error.message().contains("unknown indicator id 'bbx'; declared ids: bb"), error.message());
    }

    @Test
    void anUnknownOutputOfAKnownIndicatorListsItsOutputs() {
        String yaml = HEADER + """
                components:
                  indicators: [{bollinger_bands: {id: bb}}]
                  signals:
                    entry_long: [{below: {a: close, b: bb.lowr}}]
                  sizing: percent_of_equity
                """;

        List<ConfigError> errors = rejected(yaml).errors();

        assertAt(errors.get(0), "components.signals.entry_long[0].below.b", lineOf(yaml, "bb.lowr"));
        assertTrue(errors.get(0).message().contains("bb.lower"), errors.get(0).message());
        assertAt(errors.get(1), "components.sizing.params.pct", lineOf(yaml, "sizing: percent_of_equity"));
    }

    @Test
    void aNamedConditionWithoutItsIndicatorSaysWhatToDeclare() {
        String yaml = BB_MEAN_REVERSION.replace("    - rsi: {period: 14}\n", "");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.signals.entry_long[1].rsi_oversold", lineOf(yaml, "rsi_oversold"));
        assertTrue(error.message().contains("needs a rsi indicator"), error.message());
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInLineOrder() {
        String yaml = """
                strategy: many_mistakes
                version: "2.1"
                runtime: {candle_interval: "1 day", warmup_periods: -5}
                components:
                  indicators:
                    - bollinger_bands: {period: 0, std_dev: two}
                    - macd_magic: {fast: 12}
                  signals:
                    entry_long: [{bb_lower_touch: {}}, {cross_above: {a: close, b: nowhere}}]
                    exit_long: [{rsi_overbought: {threshold: 130}}]
                  sizing: {type: percent_of_equity, params: {pct: 12, leverage: 2}}
                backtest: {start_date: "2014-12-31", end_date: "2000-01-01", initial_capital: -1}
                execution: {fill_model: realistic_volume, commission_model: {type: percent, rate: 0.001}}
                universe: sp500
                """;
        // written here with their lines, in the order they must be reported
        List<String> expected = List.of(
                "2 version", "3 runtime.candle_interval", "3 runtime.warmup_periods",
                "6 components.indicators[0].bollinger_bands.period",
                "6 components.indicators[0].bollinger_bands.std_dev",
                "7 components.indicators[1].macd_magic",
                "9 components.signals.entry_long[1].cross_above.b",
                "10 components.signals.exit_long[0].rsi_overbought",
                "10 components.signals.exit_long[0].rsi_overbought.threshold",
                "11 components.sizing.params.pct", "11 components.sizing.params.leverage",
                "12 backtest.end_date", "12 backtest.initial_capital",
                "13 execution.fill_model", "14 universe");

        ConfigException e = rejected(yaml);

        List<String> actual = e.errors().stream().map(error -> error.line() + " " + error.path()).toList();
        assertEquals(expected, actual, e.getMessage());
        assertTrue(e.getMessage().startsWith(expected.size() + " problems in test.yaml:"), e.getMessage());
    }

    @Test
    void configurationProblemsAreFoundBeforeAnyDataIsTouched() {
        String yaml = BB_MEAN_REVERSION.replace("initial_capital: 100000.0",
                "initial_capital: 100000.0, data: {path: /no/such/folder, format: yahooo}");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "backtest.data.format", lineOf(yaml, "yahooo"));
        assertTrue(error.message().contains("known: yahoo, generic, date_time_columns"), error.message());
    }

    @Test
    void yamlSyntaxErrorsGiveTheirLine() {
        String yaml = HEADER + "components:\n  indicators: [{rsi: {period: 14}\n  sizing: x\n";

        ConfigError error = only(rejected(yaml));

        assertTrue(error.message().startsWith("YAML syntax:"), error.message());
        assertTrue(error.line() >= 4, "points into the broken list, got line " + error.line());
    }

    @Test
    void duplicateKeysAndUnknownKeysAreReported() {
        String yaml = BB_MEAN_REVERSION + "strategy: again\ncomponent: {}\n";

        List<ConfigError> errors = rejected(yaml).errors();

        assertEquals(2, errors.size(), errors.toString());
        assertAt(errors.get(0), "strategy", lineOf(yaml, "strategy: again"));
        assertTrue(errors.get(0).message().contains("duplicate key 'strategy' (first on line 1)"), errors.toString());
        assertAt(errors.get(1), "component", lineOf(yaml, "component: {}"));
        assertTrue(errors.get(1).message().contains("unknown key 'component' in the top level"), errors.toString());
    }

    @Test
    void unknownParametersOfAComponentListTheOnesItReads() {
        String yaml = BB_MEAN_REVERSION.replace("rsi: {period: 14}", "rsi: {perod: 14}");

        ConfigError error = only(rejected(yaml));

        assertAt(error, "components.indicators[1].rsi.perod", lineOf(yaml, "perod"));
        assertTrue(error.message().contains("unknown key 'perod' in indicator rsi; allowed: id, source, period"),
                error.message());
    }

    private static ConfigError only(ConfigException e) {
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    private static void assertAt(ConfigError error, String path, int line) {
        assertEquals(path, error.path(), error.toString());
        assertEquals(line, error.line(), error.toString());
        assertTrue(error.toString().startsWith("test.yaml:" + line + ":") && error.toString().contains(": " + path + ": "),
                "the message names the line and the key path: " + error);
    }

    /** The 1-based line of the first line of {@code yaml} containing {@code text}. */
    private static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' is not in\n" + yaml);
    }
}
