package dev.backtester.core.config;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code runtime} block.
 *
 * @param candleInterval the bar length the strategy expects; checked against the data when present
 * @param warmupPeriods  bars before the first signal; absent: the longest indicator look-back
 */
public record RuntimeSettings(Optional<CandleInterval> candleInterval, OptionalInt warmupPeriods) {
    public RuntimeSettings {
        Objects.requireNonNull(candleInterval, "candleInterval");
        Objects.requireNonNull(warmupPeriods, "warmupPeriods");
    }
}
