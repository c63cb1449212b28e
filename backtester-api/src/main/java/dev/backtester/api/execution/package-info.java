/** Execution contracts: fill timing and price, commission, slippage. Implementations live in core. */
package dev.backtester.api.execution;
