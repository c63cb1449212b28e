/**
 * The built-in risk middleware: protective exits (stop-loss, ATR and trailing stops, chandelier
 * exit, take-profit, time stop) and entry reviews (position, exposure, heat, correlation and group
 * limits, the drawdown circuit breaker, daily and weekly loss limits). {@link
 * dev.backtester.core.risk.RiskRules} creates every one of them; each rule is a small class of its
 * own.
 */
package dev.backtester.core.risk;
