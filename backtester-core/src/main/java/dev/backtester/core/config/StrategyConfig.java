package dev.backtester.core.config;

import dev.backtester.api.Strategy;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded and fully checked configuration file.
 *
 * @param name      the {@code strategy} name
 * @param version   the {@code version}, a semantic version
 * @param runtime   the {@code runtime} block
 * @param backtest  the {@code backtest} block
 * @param strategy  the strategy built from {@code components} and {@code execution}
 * @param hashes    strategy and parameter hashes
 * @param source    the file name or label the text came from
 * @param yaml      the file's text as read
 * @param canonical the canonical form (compact JSON) the strategy hash is computed from
 * @param lines     the 1-based line of every key path in the file
 */
public record StrategyConfig(String name, String version, RuntimeSettings runtime, BacktestSettings backtest,
                             Strategy strategy, ConfigHashes hashes, String source, String yaml, String canonical,
                             Map<String, Integer> lines) {
    public StrategyConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(backtest, "backtest");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(hashes, "hashes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(canonical, "canonical");
        lines = Map.copyOf(lines);
    }

    /** A problem at key path {@code path} of this file, with its line when the key is in the file. */
    public ConfigError errorAt(String path, String message) {
        return new ConfigError(source, path, lines.getOrDefault(path, 0), 0, message);
    }
}
