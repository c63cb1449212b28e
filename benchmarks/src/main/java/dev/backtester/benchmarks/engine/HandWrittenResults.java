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
        trade(open, close, fast, slow, capital, equityCurve, cashCurve, trades);
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

    /**
     * {@link HandWrittenLoop#run}'s trading, also recording each round trip (a position still held at the
     * end as open, valued at the last close). A copy on purpose: with one loop serving both references,
     * the bare one ran about a quarter slower in alternating one-fork runs (its code changed with the
     * optional trade list), which would have flattered the engine.
     */
    private static void trade(double[] open, double[] close, double[] fast, double[] slow, double capital,
                              double[] equityCurve, double[] cashCurve, TradeColumns trades) {
        int n = close.length;
        double cash = capital;
        double position = 0;
        boolean buyPending = false;
        boolean sellPending = false;
        double orderShares = 0;
        for (int i = 0; i < n; i++) {
            if (buyPending) {
                double px = open[i];
                double shares = Math.min(orderShares, Math.floor(cash / px));
                while (shares > 0 && shares * px + HandWrittenLoop.commission(shares) > cash) {
                    shares--;
                }
                if (shares > 0) {
                    cash -= shares * px + HandWrittenLoop.commission(shares);
                    position = shares;
                    trades.enter(i, px, shares, HandWrittenLoop.commission(shares));
                }
                buyPending = false;
            } else if (sellPending) {
                double px = open[i];
                cash += position * px - HandWrittenLoop.commission(position);
                trades.exit(i, px, HandWrittenLoop.commission(position), false);
                position = 0;
                sellPending = false;
            }
            if (i >= SmaCross.SLOW - 1) {
                if (position == 0 && fast[i] > slow[i] && fast[i - 1] <= slow[i - 1]) {
                    orderShares = Math.floor(SmaCross.SIZE * cash / close[i]);
                    buyPending = orderShares > 0;
                } else if (position > 0 && fast[i] < slow[i] && fast[i - 1] >= slow[i - 1]) {
                    sellPending = true;
                }
            }
            equityCurve[i] = cash + position * close[i];
            cashCurve[i] = cash;
        }
        if (position > 0) {
            trades.exit(n - 1, close[n - 1], 0, true);
        }
    }

}
