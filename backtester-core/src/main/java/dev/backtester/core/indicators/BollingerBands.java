package dev.backtester.core.indicators;

import dev.backtester.api.Series;
import java.util.List;

/**
 * Handle of a declared Bollinger Bands indicator.
 *
 * @param upper     middle + k * standard deviation
 * @param middle    the moving average
 * @param lower     middle - k * standard deviation
 * @param percentB  (close - lower) / (upper - lower)
 * @param bandwidth (upper - lower) / middle
 */
public record BollingerBands(Series upper, Series middle, Series lower, Series percentB, Series bandwidth) {

    static BollingerBands of(List<Series> outputs) {
        return new BollingerBands(outputs.get(0), outputs.get(1), outputs.get(2), outputs.get(3), outputs.get(4));
    }
}
