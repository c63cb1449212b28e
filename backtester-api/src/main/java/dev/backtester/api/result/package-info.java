/**
 * Immutable results of a run: equity curve, trades with their attribution, order events, cash flows,
 * metrics, metadata, and the decision journal that explains each trade.
 */
package dev.backtester.api.result;
