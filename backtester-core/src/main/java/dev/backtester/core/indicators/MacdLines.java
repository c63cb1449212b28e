package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared MACD.
 *
 * @param macd      fast EMA minus slow EMA
 * @param signal    EMA of the MACD line
 * @param histogram MACD line minus signal line
 */
public record MacdLines(Series macd, Series signal, Series histogram) {
}
