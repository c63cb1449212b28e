package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared Aroon indicator.
 *
 * @param up         100 * (period - bars since the highest high) / period
 * @param down       100 * (period - bars since the lowest low) / period
 * @param oscillator up minus down
 */
public record AroonLines(Series up, Series down, Series oscillator) {
}
