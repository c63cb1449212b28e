package dev.backtester.benchmarks.engine;

import dev.backtester.core.analytics.Drawdown;
import dev.backtester.core.analytics.EquityStatistics;
import dev.backtester.core.analytics.ReturnStats;

/**
 * What the hand-written reference reports when it produces the outputs an engine run has: its
 * trades, their statistics, and the equity curve's return moments and drawdown. The curve
 * statistics are the library's {@link EquityStatistics} (the same code the engine feeds), so
 * the comparison isolates the engine's bar loop and trade handling.
 *
 * @param trades        the round trips, the last one open if a position was still held
 * @param returns       moments of the per-bar returns
 * @param drawdown      deepest drawdown and longest time under water
 * @param closed        closed round trips
 * @param winRate       winners / closed
 * @param profitFactor  winning net PnL / losing net PnL
 * @param expectancy    mean net PnL of a closed round trip
 * @param averageBars   mean bars held by a closed round trip
 */
record HandWrittenResults(TradeColumns trades, ReturnStats returns, Drawdown drawdown, int closed, double winRate,
                          double profitFactor, double expectancy, double averageBars) {

    /** Runs the reference loop with its trade list and summarises the curve and the trades. */
    static HandWrittenResults run(long[] times, double[] open, double[] close, double[] fast, double[] slow,
                                  double capital, double[] equityCurve, double[] cashCurve) {
        TradeColumns trades = new TradeColumns();
        HandWrittenLoop.run(open, close, fast, slow, capital, equityCurve, cashCurve, trades);
        EquityStatistics curve = new EquityStatistics(0);
        curve.add(times, equityCurve, 0, equityCurve.length);
        int closed = 0;
        int wins = 0;
        double profits = 0;
        double losses = 0;
        long held = 0;
        for (int k = 0; k < trades.size; k++) {
            if (trades.open[k]) {
                continue;
            }
            double net = trades.netPnl[k];
            closed++;
            held += trades.exitBar[k] - trades.entryBar[k];
            if (net > 0) {
                wins++;
                profits += net;
            } else {
                losses -= net;
            }
        }
        return new HandWrittenResults(trades, curve.returns(), curve.drawdown(), closed, (double) wins / closed,
                profits / losses, (profits - losses) / closed, (double) held / closed);
    }
}
