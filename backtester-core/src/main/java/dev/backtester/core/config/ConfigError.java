package dev.backtester.core.config;

import java.util.Objects;

/**
 * One problem in a configuration file.
 *
 * @param source  the file name (or another label of the text), e.g. {@code bb.yaml}
 * @param path    key path of the offending value, e.g. {@code components.sizing.params.pct};
 *                empty for a problem of the whole document
 * @param line    1-based line of the offending value in the file, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and what is allowed
 */
public record ConfigError(String source, String path, int line, int column, String message) {
    public ConfigError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code bb.yaml:12:7: components.sizing.params.pct: must be in (0, 10], got 12}. */
    @Override
    public String toString() {
        String where = line <= 0 ? source : column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
