/**
 * The engine: {@link dev.backtester.core.engine.Backtest} runs a strategy bar by bar under the
 * temporal contract (decide at the close of bar t, fill at bar t+1), over one symbol or a
 * portfolio sharing one account, and independent symbols in parallel; {@link
 * dev.backtester.core.engine.Recording} says whether a run records everything or a summary for
 * many-run jobs.
 *
 * <p>Inside a run, {@code EngineRun} drives the bar loop; {@code OrderRouter} turns signals into
 * orders, {@code OrderFactory} makes them, {@code OrderBook} keeps what works per symbol,
 * {@code FillSimulator} fills it against each bar ({@code FillRules} for prices, {@code FillCosts}
 * for slippage and commission, {@code BuyingPower} for margin and leverage), {@code Accrual} charges
 * borrow fees and interest, {@code CorporateActionApplier} applies splits and dividends,
 * {@code TradeLedger} builds the trades and {@code OrderEvents} records and logs every order event.
 */
package dev.backtester.core.engine;
