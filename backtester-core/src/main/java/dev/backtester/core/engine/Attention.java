package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.execution.Bracket;
import java.util.Arrays;

/**
 * Which bars of each symbol need {@link FillSimulator}: every bar from {@link #from} on while orders
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
    /** First bar from which the symbol is attended on every bar. */
    private final int[] from;
    /** True while only protective legs work: then a bar before {@link #from} is attended when it reaches them. */
    private final boolean[] legsOnly;
    /** A bar whose low is at or below this reaches a leg. */
    private final double[] below;
    /** A bar whose high is at or above this reaches a leg. */
    private final double[] above;

    Attention(OrderBook book, TradeLedger ledger, CorporateActionApplier actions, int symbols) {
        this.book = book;
        this.ledger = ledger;
        this.actions = actions;
        this.from = new int[symbols];
        this.legsOnly = new boolean[symbols];
        this.below = new double[symbols];
        this.above = new double[symbols];
        for (int s = 0; s < symbols; s++) {
            from[s] = actions.nextBar(s);
        }
    }

    /** True when bar {@code i} of symbol {@code s} may fill an order or apply an action. */
    boolean needed(int s, SymbolData d, int i) {
        return i >= from[s] || (legsOnly[s] && (d.low[i] <= below[s] || d.high[i] >= above[s]));
    }

    /** Recomputes what wakes {@code s} after bar {@code i} changed its orders (placed, filled, moved, cancelled). */
    void review(int s, int i) {
        if (book.entry(s) != null || book.exit(s) != null) {
            from[s] = i + 1;
            legsOnly[s] = false;
            return;
        }
        int next = actions.nextBar(s);
        Bracket bracket = book.bracket(s);
        if (bracket == null) {
            from[s] = next;
            legsOnly[s] = false;
            return;
        }
        if (bracket.maxBars() > 0 && ledger.isOpen(s)) {
            next = Math.min(next, ledger.get(s).entryBar + bracket.maxBars());
        }
        WorkingOrder stop = book.stopLeg(s);
        WorkingOrder target = book.targetLeg(s);
        double stopPrice = stop == null ? Double.NaN : stop.stop;
        double targetPrice = target == null ? Double.NaN : target.limit;
        boolean longPosition = ledger.isOpen(s) && ledger.get(s).direction == Direction.LONG;
        double low = longPosition ? stopPrice : targetPrice;
        double high = longPosition ? targetPrice : stopPrice;
        from[s] = Math.max(i + 1, next);
        legsOnly[s] = true;
        below[s] = Double.isNaN(low) ? Double.NEGATIVE_INFINITY : low;
        above[s] = Double.isNaN(high) ? Double.POSITIVE_INFINITY : high;
    }

    /** Attends every symbol at its next bar: orders may have been placed for any of them. */
    void everySymbol() {
        Arrays.fill(from, 0);
        Arrays.fill(legsOnly, false);
    }
}
