package dev.backtester.core.indicators;

import dev.backtester.api.Series;

/**
 * Handle of a declared Ichimoku cloud. Senkou spans are placed at the bar where they become
 * known, not shifted forward; the chikou span reads the future and is not offered.
 *
 * @param tenkan  conversion line
 * @param kijun   base line
 * @param senkouA leading span A as known at each bar
 * @param senkouB leading span B as known at each bar
 */
public record IchimokuLines(Series tenkan, Series kijun, Series senkouA, Series senkouB) {
}
