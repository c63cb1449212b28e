/**
 * Prices in {@code prices_v2}: bulk ingest through {@code COPY}
 * ({@link dev.backtester.timescale.prices.PriceIngestor}), Yahoo-style CSV files
 * ({@link dev.backtester.timescale.prices.YahooCsvReader}), and a streaming
 * {@link dev.backtester.api.data.DataProvider} for the engine
 * ({@link dev.backtester.timescale.prices.DatabaseDataProvider}).
 */
package dev.backtester.timescale.prices;
