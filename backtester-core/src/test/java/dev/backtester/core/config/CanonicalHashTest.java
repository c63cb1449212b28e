package dev.backtester.core.config;

import static dev.backtester.core.config.ConfigFixtures.BB_MEAN_REVERSION;
import static dev.backtester.core.config.ConfigFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.core.LibraryVersion;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Equivalent files hash the same; a changed parameter changes the hashes. */
class CanonicalHashTest {

    /** The design example rewritten: block style, other key order, comments, other number spellings. */
    private static final String SAME_IN_OTHER_WORDS = """
            # the same strategy, written differently
            version: '2.1.0'
            strategy: bb_mean_reversion
            execution:
              commission_model: {rate: 1e-3, type: percent}   # 10 bp
              fill_model: next_open
            backtest:
              initial_capital: 1.0e5
              end_date: "2014-12-31"
              start_date: "2000-01-01"
            components:
              sizing:
                params: {pct: 0.950}
                type: percent_of_equity
              signals:
                exit_long:
                  - bb_upper_touch: {}
                entry_long:
                  - bb_lower_touch: {}
                  - rsi_oversold: {threshold: 30.00}
              indicators:
                - bollinger_bands: {std_dev: 2, period: 20.0}
                - rsi: {period: 14}
            runtime:
              warmup_periods: 100
              candle_interval: 1d
            """;

    @Test
    void keyOrderCommentsAndNumberSpellingDoNotChangeTheHashes() {
        StrategyConfig original = parse(BB_MEAN_REVERSION);
        StrategyConfig rewritten = parse(SAME_IN_OTHER_WORDS);

        assertEquals(original.canonical(), rewritten.canonical());
        assertEquals(original.hashes(), rewritten.hashes());
        assertTrue(original.canonical().contains("\"pct\":0.95"), original.canonical());
        assertTrue(original.canonical().contains("\"initial_capital\":100000"), original.canonical());
    }

    @Test
    void aChangedParameterGivesOtherHashes() {
        StrategyConfig original = parse(BB_MEAN_REVERSION);
        StrategyConfig changed = parse(BB_MEAN_REVERSION.replace("threshold: 30", "threshold: 25"));

        assertNotEquals(original.hashes().strategyHash(), changed.hashes().strategyHash());
        assertNotEquals(original.hashes().parameterHash(), changed.hashes().parameterHash());
    }

    @Test
    void nameVersionAndPeriodChangeTheStrategyHashButNotTheParameterHash() {
        StrategyConfig original = parse(BB_MEAN_REVERSION);
        StrategyConfig renamed = parse(BB_MEAN_REVERSION.replace("bb_mean_reversion", "renamed")
                .replace("2.1.0", "2.2.0").replace("2014-12-31", "2010-12-31"));

        assertNotEquals(original.hashes().strategyHash(), renamed.hashes().strategyHash());
        assertEquals(original.hashes().parameterHash(), renamed.hashes().parameterHash());
    }

    @Test
    void theStrategyHashCoversTheLibraryVersion() {
        StrategyConfig config = parse(BB_MEAN_REVERSION);

        assertEquals(LibraryVersion.get(), config.hashes().libraryVersion());
        assertEquals(CanonicalForm.sha256(config.canonical() + "\nlibrary " + LibraryVersion.get()),
                config.hashes().strategyHash());
    }

    @Test
    void numbersHaveOneSpellingButQuotedNumbersStayText() {
        assertEquals("{\"a\":1,\"b\":[0.5,1000,-2]}", canonical("b: [5e-1, 1_000, -2.0]\na: 1.00"));
        assertEquals("{\"a\":\"1.0\"}", canonical("a: '1.0'"));
        assertEquals("{\"a\":null,\"b\":true,\"c\":\".inf\"}", canonical("c: .inf\nb: yes\na: ~"));
    }

    private static String canonical(String yaml) {
        return CanonicalForm.of(new Yaml().compose(new StringReader(yaml)));
    }
}
