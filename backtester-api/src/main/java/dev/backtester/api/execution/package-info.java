/**
 * Execution contracts: orders ({@link dev.backtester.api.execution.OrderSpec}, planned per entry by an
 * {@link dev.backtester.api.execution.OrderPlanner}), fill timing and price, commission, slippage and
 * market impact, financing of shorts and cash, and the policy for orders the account cannot carry.
 * Implementations live in core.
 */
package dev.backtester.api.execution;
