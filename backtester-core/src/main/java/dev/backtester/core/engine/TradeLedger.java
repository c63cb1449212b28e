package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.result.Trade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open-trade state per symbol and the list of finished trades. */
final class TradeLedger {
    private final String[] symbols;
    private final Direction[] direction;
    private final long[] entryTime;
    private final double[] entryPrice;
    private final double[] shares;
    private final double[] commission;
    private final double[] slippage;
    private final int[] entryBar;
    private final List<Trade> trades = new ArrayList<>();

    TradeLedger(String[] symbols) {
        int n = symbols.length;
        this.symbols = symbols;
        this.direction = new Direction[n];
        this.entryTime = new long[n];
        this.entryPrice = new double[n];
        this.shares = new double[n];
        this.commission = new double[n];
        this.slippage = new double[n];
        this.entryBar = new int[n];
    }

    void open(int s, Direction side, int bar, long time, double price, double qty, double fee, double slip) {
        direction[s] = side;
        entryBar[s] = bar;
        entryTime[s] = time;
        entryPrice[s] = price;
        shares[s] = qty;
        commission[s] = fee;
        slippage[s] = slip;
    }

    void close(int s, int bar, long time, double price, double fee, double slip, boolean stillOpen) {
        Direction side = direction[s];
        double gross = (price - entryPrice[s]) * shares[s] * side.sign();
        double fees = commission[s] + fee;
        trades.add(new Trade(symbols[s], side, entryTime[s], entryPrice[s], time, price, shares[s], gross,
                gross - fees, fees, slippage[s] + slip, entryBar[s], bar, stillOpen));
        direction[s] = null;
    }

    boolean isOpen(int s) {
        return direction[s] != null;
    }

    /**
     * All trades ordered by entry time, then symbol order. A single symbol's trades are already
     * in that order; a portfolio's are recorded at exit and need sorting.
     */
    List<Trade> trades() {
        List<Trade> sorted = new ArrayList<>(trades);
        Map<String, Integer> order = new HashMap<>();
        for (int s = 0; s < symbols.length; s++) {
            order.put(symbols[s], s);
        }
        Comparator<Trade> byEntry = Comparator.comparingLong(Trade::entryTime)
                .thenComparingInt(t -> order.get(t.symbol()));
        for (int k = 1; k < sorted.size(); k++) {
            if (byEntry.compare(sorted.get(k - 1), sorted.get(k)) > 0) {
                sorted.sort(byEntry);
                break;
            }
        }
        return sorted;
    }
}
