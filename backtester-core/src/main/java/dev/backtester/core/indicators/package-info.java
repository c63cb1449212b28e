/**
 * Indicator handles for strategies: {@link dev.backtester.core.indicators.Indicators} declares the
 * indicators of backtester-indicators in a {@code StrategyBuilder} and gives typed handles
 * (a {@code Series}, or a record of them for multi-output indicators).
 */
package dev.backtester.core.indicators;
