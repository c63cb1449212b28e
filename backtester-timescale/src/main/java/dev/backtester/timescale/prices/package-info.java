/**
 * Prices in {@code prices_v2}: bulk ingest through {@code COPY}
 * ({@link dev.backtester.timescale.prices.PriceIngestor}) of bar series and CSV files (parsed by the
 * core CSV reader), and a streaming
 * {@link dev.backtester.api.data.DataProvider} for the engine
 * ({@link dev.backtester.timescale.prices.DatabaseDataProvider}).
 */
package dev.backtester.timescale.prices;
