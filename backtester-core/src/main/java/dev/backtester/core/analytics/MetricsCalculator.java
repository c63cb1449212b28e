package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.Trade;
import java.util.List;

/**
 * Computes {@link Metrics} from an equity curve and trades.
 *
 * <p>Per-bar returns are {@code e[k] / e[k-1] - 1}. Bars per year are measured from the curve:
 * {@code (points - 1) / years spanned}, so daily stock data gives about 252 and intraday data
 * its own figure. Volatility uses the sample standard deviation; Sortino's downside deviation is
 * the root mean square of the negative excess returns over all bars. Ratios without a defined
 * value (no variance, no trades, one point) are NaN.
 */
public final class MetricsCalculator {
    private static final double MILLIS_PER_YEAR = 365.25 * 24 * 3600 * 1000;

    private MetricsCalculator() {
    }

    /**
     * @param exposure fraction of equity points with a position open, as counted by the engine
     */
    public static Metrics compute(EquityCurve curve, List<Trade> trades, double initialCapital, double riskFreeRate,
                                  double exposure) {
        EquityStatistics stats = EquityStatistics.of(curve, riskFreePerBar(curve, riskFreeRate));
        return compute(curve, stats, trades, initialCapital, riskFreeRate, exposure);
    }

    /**
     * As {@link #compute(EquityCurve, List, double, double, double)} with the curve's statistics already
     * accumulated (by the engine, block by block as it records them, with {@link #riskFreePerBar}).
     */
    public static Metrics compute(EquityCurve curve, EquityStatistics stats, List<Trade> trades, double initialCapital,
                                  double riskFreeRate, double exposure) {
        int n = curve.size();
        if (stats.points() != n) {
            throw new IllegalArgumentException("statistics of " + stats.points() + " points for a curve of " + n);
        }
        double finalEquity = n == 0 ? initialCapital : curve.finalEquity();
        double years = years(curve.size(), n == 0 ? 0 : curve.time(0), n == 0 ? 0 : curve.time(n - 1));
        double periodsPerYear = years > 0 ? (n - 1) / years : Double.NaN;
        double totalReturn = finalEquity / initialCapital - 1;
        double cagr = years > 0 && finalEquity > 0 ? Math.pow(finalEquity / initialCapital, 1 / years) - 1 : Double.NaN;

        ReturnStats returns = stats.returns();
        double annualize = Math.sqrt(periodsPerYear);
        double stdev = returns.stdev();
        double excess = returns.mean() - returns.riskFreePerBar();
        double sharpe = stdev > 0 ? excess / stdev * annualize : Double.NaN;
        double sortino = returns.downsideDeviation() > 0 ? excess / returns.downsideDeviation() * annualize : Double.NaN;

        Drawdown drawdown = stats.drawdown();
        TradeStats tradeStats = TradeStats.of(trades);
        return new Metrics(initialCapital, finalEquity, totalReturn, cagr, stdev * annualize, sharpe, sortino,
                drawdown.maxDrawdown(), drawdown.longestBars(), drawdown.longestMillis(), tradeStats.winRate(),
                tradeStats.profitFactor(), tradeStats.expectancy(), exposure, tradeStats.closed(), tradeStats.open(),
                tradeStats.averageHoldingBars(), periodsPerYear, riskFreeRate);
    }

    /** The annual {@code riskFreeRate} per bar of a curve with these point times (0 when they span no time). */
    public static double riskFreePerBar(int points, long firstTime, long lastTime, double riskFreeRate) {
        double years = years(points, firstTime, lastTime);
        double periodsPerYear = years > 0 ? (points - 1) / years : Double.NaN;
        return periodsPerYear > 0 ? riskFreeRate / periodsPerYear : 0;
    }

    private static double riskFreePerBar(EquityCurve curve, double riskFreeRate) {
        int n = curve.size();
        return n == 0 ? 0 : riskFreePerBar(n, curve.time(0), curve.time(n - 1), riskFreeRate);
    }

    private static double years(int points, long firstTime, long lastTime) {
        return points < 2 ? 0 : (lastTime - firstTime) / MILLIS_PER_YEAR;
    }
}
