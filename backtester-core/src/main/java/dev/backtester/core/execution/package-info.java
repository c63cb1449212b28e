/**
 * Execution model implementations: fill timing, commissions (percent of value, per share with minimum
 * and maximum, flat, Interactive Brokers fixed and tiered presets), slippage (fixed basis points, half
 * spread, square-root market impact) and corporate actions derived from adjusted closes.
 */
package dev.backtester.core.execution;
