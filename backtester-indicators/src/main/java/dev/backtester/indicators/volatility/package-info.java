/**
 * Volatility indicators: Bollinger Bands, true range, ATR, NATR, Keltner and Donchian channels,
 * standard deviation and annualized historical volatility.
 */
package dev.backtester.indicators.volatility;
