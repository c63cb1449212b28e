/**
 * Technical indicators on primitive arrays, batch and streaming, TA-Lib compatible, depending on
 * the JDK only.
 *
 * <p>The contract: {@link dev.backtester.indicators.Indicator} (a configured, immutable,
 * thread-safe indicator with a canonical name, named outputs and a lookback) computes over
 * {@link dev.backtester.indicators.Bars} in batch, and hands out
 * {@link dev.backtester.indicators.IndicatorStream}s that give bit-identical values bar by bar.
 * {@link dev.backtester.indicators.Source} picks the price an indicator reads. The indicators
 * live in the sub-packages by family: {@code trend}, {@code momentum}, {@code volatility},
 * {@code volume}. Each class also has static kernels on plain arrays.
 *
 * <p>Conventions shared by all indicators: values are computed as if from bar 0 of the series
 * (the value at bar t never depends on later bars); outputs are NaN during the warm-up
 * ({@link dev.backtester.indicators.Indicator#lookback()} bars, the same for every output of an
 * indicator) and finite after it for finite inputs; a NaN input makes the outputs NaN from its
 * bar on.
 */
package dev.backtester.indicators;
