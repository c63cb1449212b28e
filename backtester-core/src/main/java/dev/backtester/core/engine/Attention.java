package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.execution.Bracket;
import java.util.Arrays;

/**
 * Which bars of each symbol need {@link FillSimulator}: every bar from {@link #wake} on while orders
 * work or a corporate action or a bracket's time limit is due; and while only the open position's
 * stop-loss and take-profit legs work, just the bars whose range reaches one of them. A long
 * position's sell stop can only fill on a bar whose low reaches it and its sell limit on a bar whose
 * high does (the open lies inside the range, so gaps are included); a short's legs are mirrored.
 * Everything else about those bars would be a no-op, so skipping them changes no result, and a held
 * position with a stop costs two comparisons per bar instead of a visit to the fill simulator.
 */
final class Attention {
    private final OrderBook book;
    private final TradeLedger ledger;
    private final CorporateActionApplier actions;
    /** First bar from which each symbol is attended on every bar; the bar loop reads it directly. */
    final int[] wake;
    /** A bar whose low is at or below this reaches a leg ({@code -Infinity} when no legs are watched). */
    private final double[] below;
    /** A bar whose high is at or above this reaches a leg ({@code +Infinity} when no legs are watched). */
    private final double[] above;
    /** True once any symbol's legs have been watched: until then the loop skips {@link #reached}. */
    boolean watching;

    Attention(OrderBook book, TradeLedger ledger, CorporateActionApplier actions, int symbols) {
        this.book = book;
        this.ledger = ledger;
        this.actions = actions;
        this.wake = new int[symbols];
        this.below = new double[symbols];
        this.above = new double[symbols];
        for (int s = 0; s < symbols; s++) {
            wake[s] = actions.nextBar(s);
            unwatch(s);
        }
    }

    /** True when bar {@code i}'s range reaches a watched leg of symbol {@code s}. */
    boolean reached(int s, SymbolData d, int i) {
        return d.low[i] <= below[s] || d.high[i] >= above[s];
    }

    /** Recomputes what wakes {@code s} after bar {@code i} changed its orders (placed, filled, moved, cancelled). */
    void review(int s, int i) {
        Bracket bracket = book.bracket(s);
        boolean ordersWork = book.entry(s) != null || book.exit(s) != null;
        if (ordersWork || bracket == null) {
            wake[s] = ordersWork ? i + 1 : actions.nextBar(s);
            unwatch(s);
            return;
        }
        int next = actions.nextBar(s);
        if (bracket.maxBars() > 0 && ledger.isOpen(s)) {
            next = Math.min(next, ledger.get(s).entryBar + bracket.maxBars());
        }
        wake[s] = Math.max(i + 1, next);
        WorkingOrder stop = book.stopLeg(s);
        WorkingOrder target = book.targetLeg(s);
        double stopPrice = stop == null ? Double.NaN : stop.stop;
        double targetPrice = target == null ? Double.NaN : target.limit;
        boolean longPosition = ledger.isOpen(s) && ledger.get(s).direction == Direction.LONG;
        double low = longPosition ? stopPrice : targetPrice;
        double high = longPosition ? targetPrice : stopPrice;
        below[s] = Double.isNaN(low) ? Double.NEGATIVE_INFINITY : low;
        above[s] = Double.isNaN(high) ? Double.POSITIVE_INFINITY : high;
        watching = true;
    }

    /** Attends every symbol at its next bar: orders may have been placed for any of them. */
    void everySymbol() {
        Arrays.fill(wake, 0);
        for (int s = 0; s < wake.length; s++) {
            unwatch(s);
        }
    }

    private void unwatch(int s) {
        below[s] = Double.NEGATIVE_INFINITY;
        above[s] = Double.POSITIVE_INFINITY;
    }
}
