/**
 * The public contracts of the backtester: declare a strategy with {@link dev.backtester.api.StrategyBuilder},
 * read bars and indicator values through {@link dev.backtester.api.DataWindow} (never the future),
 * and plug in components from the sub-packages. This module depends on the JDK only.
 */
package dev.backtester.api;
