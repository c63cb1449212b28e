package dev.backtester.api.result;

/**
 * Performance figures of a run. Ratios are fractions (0.12 = 12%). Annualized figures use
 * {@code periodsPerYear}, measured from the equity curve's own bar spacing. Trade statistics
 * count closed trades only; open trades appear in {@code openTrades}.
 *
 * @param initialCapital             starting equity
 * @param finalEquity                equity at the last bar
 * @param totalReturn                finalEquity / initialCapital - 1
 * @param cagr                       compound annual growth rate over the curve's calendar span
 * @param annualVolatility           standard deviation of per-bar returns * sqrt(periodsPerYear)
 * @param sharpe                     annualized mean excess return / annualized volatility
 * @param sortino                    annualized mean excess return / annualized downside deviation
 * @param maxDrawdown                largest peak-to-trough fall, as a fraction of the peak
 * @param maxDrawdownBars            longest stretch, in bars, spent below a previous peak
 * @param maxDrawdownMillis          the same stretch in time, milliseconds
 * @param winRate                    winning closed trades / closed trades
 * @param profitFactor               gross profits / gross losses of closed trades (infinite without losses)
 * @param expectancy                 mean net PnL per closed trade
 * @param exposure                   fraction of bars with a position open
 * @param tradeCount                 closed trades
 * @param openTrades                 trades still open at the end
 * @param averageHoldingBars         mean bars held per closed trade
 * @param periodsPerYear             bars per year used to annualize
 * @param riskFreeRate               annual risk-free rate used in Sharpe and Sortino
 */
public record Metrics(double initialCapital, double finalEquity, double totalReturn, double cagr,
                      double annualVolatility, double sharpe, double sortino, double maxDrawdown,
                      int maxDrawdownBars, long maxDrawdownMillis, double winRate, double profitFactor,
                      double expectancy, double exposure, int tradeCount, int openTrades,
                      double averageHoldingBars, double periodsPerYear, double riskFreeRate) {
}
