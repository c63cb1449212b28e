/**
 * TimescaleDB/PostgreSQL adapter (jOOQ + PostgreSQL JDBC): prices, runs, trades, optimization
 * results and the indicator cache. Depends on backtester-api and backtester-core only.
 */
package dev.backtester.timescale;
