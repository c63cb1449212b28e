package dev.backtester.core.sizing;

import dev.backtester.api.sizing.TradeHistory;

/** Closed trades of given returns and holding times (pnl = return * 10 000). */
record TestHistory(double[] returns, double[] years) implements TradeHistory {
    static final TestHistory EMPTY = new TestHistory(new double[0], new double[0]);

    /** Trades of the given returns, each held {@code years}. */
    static TestHistory of(double years, double... returns) {
        double[] held = new double[returns.length];
        java.util.Arrays.fill(held, years);
        return new TestHistory(returns.clone(), held);
    }

    @Override
    public int count() {
        return returns.length;
    }

    @Override
    public double netPnl(int k) {
        return returns[k] * 10_000;
    }

    @Override
    public double netReturn(int k) {
        return returns[k];
    }

    @Override
    public double yearsHeld(int k) {
        return years[k];
    }
}
