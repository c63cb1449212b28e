package dev.backtester.core.config;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Shared inputs of the configuration tests: the example file and real ORCL daily bars. */
final class ConfigFixtures {
    /** The configuration of the original design, as the issue gives it. */
    static final String BB_MEAN_REVERSION = """
            strategy: bb_mean_reversion
            version: "2.1.0"
            runtime: {candle_interval: "1d", warmup_periods: 100}
            components:
              indicators:
                - bollinger_bands: {period: 20, std_dev: 2.0}
                - rsi: {period: 14}
              signals:
                entry_long: [{bb_lower_touch: {}}, {rsi_oversold: {threshold: 30}}]
                exit_long: [{bb_upper_touch: {}}]
              sizing: {type: percent_of_equity, params: {pct: 0.95}}
            backtest: {start_date: "2000-01-01", end_date: "2014-12-31", initial_capital: 100000.0}
            execution: {fill_model: next_open, commission_model: {type: percent, rate: 0.001}}
            """;

    private static BarSeries orcl;

    private ConfigFixtures() {
    }

    /** The path of {@code data/<name>} on the test class path. */
    static Path dataFile(String name) {
        URL url = ConfigFixtures.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test data file data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ORCL daily bars 1995-2014, read once. */
    static synchronized BarSeries orcl() {
        if (orcl == null) {
            orcl = new CsvBarReader(CsvFormat.yahoo()).read(dataFile("orcl-1995-2014.txt"), "ORCL");
        }
        return orcl;
    }

    /** Parses {@code yaml} with every provider on the test class path. */
    static StrategyConfig parse(String yaml) {
        return new ConfigLoader().parse("test.yaml", yaml);
    }

    /** The errors {@code yaml} is rejected with. */
    static ConfigException rejected(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected the configuration to be rejected:\n" + yaml);
    }
}
