/**
 * Risk middleware contract: {@link dev.backtester.api.risk.RiskRule}s that approve, resize or veto
 * proposed entries (and, when they watch the portfolio every bar, close all positions), and
 * {@link dev.backtester.api.risk.ExitRule}s that give a position its stop, target and time limit. Rules
 * see the portfolio through {@link dev.backtester.api.risk.PortfolioView}; the built-in rules live in
 * core's {@code dev.backtester.core.risk}.
 */
package dev.backtester.api.risk;
