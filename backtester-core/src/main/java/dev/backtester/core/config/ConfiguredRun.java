package dev.backtester.core.config;

import dev.backtester.api.Strategy;
import dev.backtester.api.result.RunResult;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A run of a configuration, with what identifies it.
 *
 * @param config    the checked configuration (name, version, canonical form, hashes)
 * @param result    what the engine produced
 * @param data      where the bars came from
 * @param zone      the data's time zone, for showing bar times as the exchange's dates
 * @param loadNanos wall time spent loading and slicing the data
 * @param runNanos  wall time of the backtest itself, indicators included
 */
public record ConfiguredRun(StrategyConfig config, RunResult result, DataSource data, ZoneId zone, long loadNanos,
                            long runNanos) {
    public ConfiguredRun {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(zone, "zone");
    }

    /** The strategy that ran. */
    public Strategy strategy() {
        return config.strategy();
    }

    /** Strategy and parameter hashes of the configuration. */
    public ConfigHashes hashes() {
        return config.hashes();
    }
}
