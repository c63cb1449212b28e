package dev.backtester.benchmarks.engine;

/**
 * The reference: the same SMA-cross trading written as one loop over {@code double[]}, doing the
 * work the engine does per bar: signal at the close, order, fill at the next open with
 * commission and a cash check, cash, position, and equity and cash recorded per bar.
 */
final class HandWrittenLoop {
    private HandWrittenLoop() {
    }

    /**
     * Runs the strategy, writing equity and cash per bar into the given arrays, and returns the
     * number of closed trades.
     */
    static int run(double[] open, double[] close, double[] fast, double[] slow, double capital,
                   double[] equityCurve, double[] cashCurve) {
        int n = close.length;
        double cash = capital;
        double position = 0;
        boolean buyPending = false;
        boolean sellPending = false;
        double orderShares = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (buyPending) {
                double px = open[i];
                double shares = Math.min(orderShares, Math.floor(cash / px));
                while (shares > 0 && shares * px + commission(shares) > cash) {
                    shares--;
                }
                if (shares > 0) {
                    cash -= shares * px + commission(shares);
                    position = shares;
                }
                buyPending = false;
            } else if (sellPending) {
                double px = open[i];
                cash += position * px - commission(position);
                position = 0;
                count++;
                sellPending = false;
            }
            if (i >= SmaCross.SLOW - 1) {
                if (position == 0 && fast[i] > slow[i] && fast[i - 1] <= slow[i - 1]) {
                    double equity = cash;
                    orderShares = Math.floor(SmaCross.SIZE * equity / close[i]);
                    buyPending = orderShares > 0;
                } else if (position > 0 && fast[i] < slow[i] && fast[i - 1] >= slow[i - 1]) {
                    sellPending = true;
                }
            }
            equityCurve[i] = cash + position * close[i];
            cashCurve[i] = cash;
        }
        return count;
    }

    /** The per-share commission with its minimum. */
    static double commission(double shares) {
        return Math.max(SmaCross.MINIMUM, SmaCross.PER_SHARE * shares);
    }
}
