package dev.backtester.timescale.cache;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * What a cached indicator series is keyed by.
 *
 * @param symbol        symbol of the bars
 * @param timeframe     timeframe of the bars, e.g. {@code 1d}
 * @param indicatorName indicator name, e.g. {@code sma}
 * @param configHash    hash of the indicator's parameters, e.g. of {@code period=20}
 * @param dataHash      hash of the price series the values were computed on ({@link DataHash})
 */
public record IndicatorKey(String symbol, String timeframe, String indicatorName, String configHash,
                           String dataHash) {

    /** @throws NullPointerException if any component is null */
    public IndicatorKey {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(dataHash, "dataHash");
    }

    /** The key of an indicator computed on {@code series}: its symbol, and its {@link DataHash}. */
    public static IndicatorKey of(BarSeries series, String timeframe, String indicatorName, String configHash) {
        return new IndicatorKey(series.symbol(), timeframe, indicatorName, configHash, DataHash.of(series));
    }
}
