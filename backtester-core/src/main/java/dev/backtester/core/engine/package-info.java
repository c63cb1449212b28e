/**
 * The engine: {@link dev.backtester.core.engine.Backtest} runs a strategy bar by bar under the
 * temporal contract (decide at the close of bar t, fill at bar t+1), over one symbol or a
 * portfolio sharing one account, and independent symbols in parallel.
 */
package dev.backtester.core.engine;
