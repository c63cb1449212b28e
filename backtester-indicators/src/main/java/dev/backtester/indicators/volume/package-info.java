/**
 * Volume indicators: on-balance volume, the accumulation/distribution line, the Chaikin
 * oscillator, MFI, Chaikin money flow, session-anchored VWAP and the force index.
 */
package dev.backtester.indicators.volume;
