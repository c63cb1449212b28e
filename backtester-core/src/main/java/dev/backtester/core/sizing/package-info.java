/**
 * Built-in position sizers ({@link dev.backtester.core.sizing.Sizers}): fixed shares, fixed cash,
 * percent of equity, fixed-fractional risk, Kelly, volatility targeting and risk parity, with the
 * risk-parity weight math ({@link dev.backtester.core.sizing.RiskParityWeights}) on its own.
 */
package dev.backtester.core.sizing;
