package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared SuperTrend.
 *
 * @param value     the trailing band in force
 * @param direction +1 in an up trend, -1 in a down trend
 */
public record SuperTrendLines(Series value, Series direction) {
}
