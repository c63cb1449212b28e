package dev.backtester.benchmarks.engine;

import java.util.Arrays;

/**
 * The hand-written reference's trade list: one growable primitive column per field, a round trip
 * per index (long positions, one entry and one exit fill each).
 */
final class TradeColumns {
    int[] entryBar = new int[16];
    int[] exitBar = new int[16];
    double[] entryPrice = new double[16];
    double[] exitPrice = new double[16];
    double[] shares = new double[16];
    double[] commission = new double[16];
    double[] grossPnl = new double[16];
    double[] netPnl = new double[16];
    boolean[] open = new boolean[16];
    int size;

    void enter(int bar, double price, double count, double fee) {
        if (size == entryBar.length) {
            grow();
        }
        entryBar[size] = bar;
        entryPrice[size] = price;
        shares[size] = count;
        commission[size] = fee;
    }

    /** Closes the round trip opened by the last {@link #enter}. */
    void exit(int bar, double price, double fee, boolean stillOpen) {
        int k = size++;
        exitBar[k] = bar;
        exitPrice[k] = price;
        commission[k] += fee;
        grossPnl[k] = (price - entryPrice[k]) * shares[k];
        netPnl[k] = grossPnl[k] - commission[k];
        open[k] = stillOpen;
    }

    private void grow() {
        int capacity = size * 2;
        entryBar = Arrays.copyOf(entryBar, capacity);
        exitBar = Arrays.copyOf(exitBar, capacity);
        entryPrice = Arrays.copyOf(entryPrice, capacity);
        exitPrice = Arrays.copyOf(exitPrice, capacity);
        shares = Arrays.copyOf(shares, capacity);
        commission = Arrays.copyOf(commission, capacity);
        grossPnl = Arrays.copyOf(grossPnl, capacity);
        netPnl = Arrays.copyOf(netPnl, capacity);
        open = Arrays.copyOf(open, capacity);
    }
}
