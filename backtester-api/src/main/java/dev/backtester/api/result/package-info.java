/** Immutable results of a run: equity curve, trades, metrics, metadata. */
package dev.backtester.api.result;
