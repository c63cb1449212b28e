/** Immutable results of a run: equity curve, trades with their attribution, order events, cash flows, metrics, metadata. */
package dev.backtester.api.result;
