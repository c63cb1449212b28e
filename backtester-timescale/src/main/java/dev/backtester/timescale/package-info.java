/**
 * TimescaleDB/PostgreSQL adapter (jOOQ + PostgreSQL JDBC): prices, runs, trades, optimization
 * results and the indicator cache. {@link dev.backtester.timescale.TimescaleStore} gathers the parts:
 * the schema and its migrations ({@code schema}), bar ingest and the database data provider
 * ({@code prices}), stored runs and trials ({@code runs}), and the indicator cache ({@code cache}).
 * Depends on backtester-api and backtester-core only; the host application gives the data source.
 */
package dev.backtester.timescale;
