package dev.backtester.core.cache;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * The bars a {@link ColumnCache} returned and how it got them.
 *
 * @param series  the bars
 * @param outcome hit, built, or rebuilt and why
 */
public record CachedLoad(BarSeries series, CacheOutcome outcome) {

    public CachedLoad {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(outcome, "outcome");
    }
}
