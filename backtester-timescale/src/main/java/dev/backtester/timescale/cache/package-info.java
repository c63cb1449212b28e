/**
 * The indicator cache in {@code indicator_cache}: indicator values keyed by symbol, timeframe,
 * indicator, parameter hash and price-data hash ({@link dev.backtester.timescale.cache.IndicatorCache},
 * {@link dev.backtester.timescale.cache.IndicatorKey}, {@link dev.backtester.timescale.cache.DataHash}).
 */
package dev.backtester.timescale.cache;
