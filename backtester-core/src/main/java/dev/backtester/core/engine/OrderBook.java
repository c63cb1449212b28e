package dev.backtester.core.engine;

import dev.backtester.api.execution.Bracket;
import dev.backtester.api.result.OrderEvent.Reason;

/**
 * The working orders of each symbol: at most one entry, one exit (a signal or time exit, or a
 * bracket leg that began to fill) and the two legs of the open position's bracket. Cancelling goes
 * through here so that every cancel is recorded.
 */
final class OrderBook {
    private final WorkingOrder[] entry;
    private final WorkingOrder[] exit;
    private final WorkingOrder[] stopLeg;
    private final WorkingOrder[] targetLeg;
    /** Bracket of the open position (traded prices); null when none. */
    private final Bracket[] bracket;
    /** First bar on which the legs may fill: the entry's fill bar, or the next one after a close fill. */
    private final int[] legsFrom;
    private final OrderEvents events;

    OrderBook(int symbols, OrderEvents events) {
        this.entry = new WorkingOrder[symbols];
        this.exit = new WorkingOrder[symbols];
        this.stopLeg = new WorkingOrder[symbols];
        this.targetLeg = new WorkingOrder[symbols];
        this.bracket = new Bracket[symbols];
        this.legsFrom = new int[symbols];
        this.events = events;
    }

    WorkingOrder entry(int s) {
        return entry[s];
    }

    WorkingOrder exit(int s) {
        return exit[s];
    }

    WorkingOrder stopLeg(int s) {
        return stopLeg[s];
    }

    WorkingOrder targetLeg(int s) {
        return targetLeg[s];
    }

    Bracket bracket(int s) {
        return bracket[s];
    }

    int legsFrom(int s) {
        return legsFrom[s];
    }

    void placeEntry(int s, WorkingOrder order, int bar) {
        entry[s] = order;
        events.created(order, bar);
    }

    void placeExit(int s, WorkingOrder order, int bar) {
        exit[s] = order;
        events.created(order, bar);
    }

    /** Arms the bracket of a newly opened position; its price legs are recorded as created. */
    void armBracket(int s, Bracket exits, WorkingOrder stop, WorkingOrder target, int fromBar, int bar) {
        bracket[s] = exits;
        stopLeg[s] = stop;
        targetLeg[s] = target;
        legsFrom[s] = fromBar;
        if (stop != null) {
            events.created(stop, bar);
        }
        if (target != null) {
            events.created(target, bar);
        }
    }

    /**
     * Adds a stop leg to an open position that had none (a trailing rule produced its first stop),
     * keeping any target leg; it may fill from {@code fromBar}.
     */
    void addStopLeg(int s, WorkingOrder stop, int fromBar, int bar) {
        stopLeg[s] = stop;
        if (bracket[s] == null) {
            bracket[s] = new Bracket(stop.stop, Double.NaN, 0);
            legsFrom[s] = fromBar;
        }
        events.created(stop, bar);
    }

    /** Removes a finished entry (filled, rejected or expired) without a cancel event. */
    void clearEntry(int s) {
        entry[s] = null;
    }

    /** Removes a finished exit without a cancel event. */
    void clearExit(int s) {
        exit[s] = null;
    }

    void cancelEntry(int s, int bar, Reason reason) {
        if (entry[s] != null) {
            events.cancelled(entry[s], bar, reason);
            entry[s] = null;
        }
    }

    void cancelExit(int s, int bar, Reason reason) {
        if (exit[s] != null) {
            events.cancelled(exit[s], bar, reason);
            exit[s] = null;
        }
    }

    /**
     * Moves a bracket leg that began to fill into the exit slot, cancelling the other legs
     * (one-cancels-other). Returns the leg.
     */
    WorkingOrder promoteLeg(int s, WorkingOrder leg, int bar) {
        WorkingOrder other = leg == stopLeg[s] ? targetLeg[s] : stopLeg[s];
        if (other != null) {
            events.cancelled(other, bar, Reason.ONE_CANCELS_OTHER);
        }
        stopLeg[s] = null;
        targetLeg[s] = null;
        bracket[s] = null;
        exit[s] = leg;
        return leg;
    }

    /** Cancels the bracket legs: the position they protected is gone or being closed otherwise. */
    void disarmBracket(int s, int bar, Reason reason) {
        if (stopLeg[s] != null) {
            events.cancelled(stopLeg[s], bar, reason);
        }
        if (targetLeg[s] != null) {
            events.cancelled(targetLeg[s], bar, reason);
        }
        stopLeg[s] = null;
        targetLeg[s] = null;
        bracket[s] = null;
    }

    /** Sets the legs' quantity to the position they cover. */
    void resizeLegs(int s, double shares) {
        if (stopLeg[s] != null) {
            stopLeg[s].quantity = shares;
        }
        if (targetLeg[s] != null) {
            targetLeg[s].quantity = shares;
        }
    }

    /** Applies a split to every working order of {@code s}. */
    void split(int s, double ratio) {
        for (WorkingOrder o : new WorkingOrder[] {entry[s], exit[s], stopLeg[s], targetLeg[s]}) {
            if (o != null) {
                o.split(ratio);
            }
        }
        if (bracket[s] != null) {
            Bracket b = bracket[s];
            bracket[s] = new Bracket(b.stopLoss() / ratio, b.takeProfit() / ratio, b.maxBars());
        }
    }

    /** Cancels everything still working when the data ends. */
    void cancelAllAtEnd(int s, int lastBar) {
        cancelEntry(s, lastBar, Reason.END_OF_DATA);
        cancelExit(s, lastBar, Reason.END_OF_DATA);
        disarmBracket(s, lastBar, Reason.END_OF_DATA);
    }
}
