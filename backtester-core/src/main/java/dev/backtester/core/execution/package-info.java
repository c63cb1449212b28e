/** Execution model implementations: fill timing, commissions, slippage. */
package dev.backtester.core.execution;
