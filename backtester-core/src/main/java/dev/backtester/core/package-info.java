/**
 * backtester-core: the engine ({@code engine}), market data loading and validation
 * ({@code data}), execution models ({@code execution}), position sizers ({@code sizing}),
 * indicator handles for strategies ({@code indicators}) and result analytics ({@code analytics}).
 */
package dev.backtester.core;
