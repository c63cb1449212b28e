/**
 * Trend indicators: moving averages (SMA, EMA, WMA, DEMA, TEMA, TRIMA, KAMA, HMA, VWMA), MACD,
 * APO, PPO, the directional movement system (ADX, +DI, -DI), Aroon, Parabolic SAR, SuperTrend,
 * linear regression and Ichimoku.
 */
package dev.backtester.indicators.trend;
