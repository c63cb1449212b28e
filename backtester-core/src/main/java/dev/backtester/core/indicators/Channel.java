package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared price channel (Keltner, Donchian).
 *
 * @param upper  upper line
 * @param middle centre line
 * @param lower  lower line
 */
public record Channel(Series upper, Series middle, Series lower) {
}
