package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared rolling linear regression.
 *
 * @param value the fitted value at the current bar
 * @param slope the slope per bar
 */
public record RegressionLines(Series value, Series slope) {
}
