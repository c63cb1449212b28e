package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared stochastic oscillator (slow, fast or of RSI).
 *
 * @param k the %K line
 * @param d the %D line, a moving average of %K
 */
public record StochasticLines(Series k, Series d) {
}
