package dev.backtester.core.config;

import java.util.Objects;

/**
 * What identifies a configured strategy, for comparing runs.
 *
 * @param strategyHash   SHA-256 (hex) of the canonical form of the whole file plus the library
 *                       version: equal when the same file runs on the same library
 * @param parameterHash  SHA-256 (hex) of the canonical form of the blocks that decide trades
 *                       ({@code runtime}, {@code components}, {@code execution}): equal for the
 *                       same strategy parameters whatever the name, version, period or data
 * @param libraryVersion the library version included in the strategy hash
 */
public record ConfigHashes(String strategyHash, String parameterHash, String libraryVersion) {
    public ConfigHashes {
        Objects.requireNonNull(strategyHash, "strategyHash");
        Objects.requireNonNull(parameterHash, "parameterHash");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
    }
}
