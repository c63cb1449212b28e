/**
 * Momentum indicators and oscillators: RSI, stochastics (slow, fast, StochRSI), Williams %R, CCI,
 * ROC, momentum, CMO, TRIX, the ultimate oscillator and TSI.
 */
package dev.backtester.indicators.momentum;
