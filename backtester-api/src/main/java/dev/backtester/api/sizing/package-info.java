/**
 * Position sizing contract: a {@link dev.backtester.api.sizing.PositionSizer} sees a
 * {@link dev.backtester.api.sizing.SizingContext} (window, equity, planned stop, the run's closed
 * trades, the portfolio) and may resize held positions on a
 * {@link dev.backtester.api.sizing.RebalanceSchedule}. The built-in sizers live in core.
 */
package dev.backtester.api.sizing;
