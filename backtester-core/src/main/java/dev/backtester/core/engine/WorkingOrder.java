package dev.backtester.core.engine;

import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;

/**
 * One order while it works: what it is (fixed at creation, prices in traded units) and how much of
 * it has filled. Allocated once per order, never per bar.
 */
final class WorkingOrder {
    final long id;
    final long tradeId;
    final int symbol;
    final Role role;
    final OrderType type;
    final Side side;
    /** Bar whose close decided the order; slippage models see the window there. */
    final int decisionBar;
    /** First bar on which it may fill. */
    final int firstBar;
    /** Last bar on which it may fill (time in force in bars), inclusive. */
    final int lastBar;
    /** Last bar-end time at which it may fill (day orders), inclusive. */
    final long lastTime;
    double limit;
    double stop;
    double quantity;
    double filled;
    /** A stop-limit whose stop was reached and that now works as a limit, or a stop that began to fill. */
    boolean triggered;
    /** A stop leg that a trailing rule has moved. */
    boolean moved;
    /** The entry's side, bracket and attribution context; null for exits. */
    final EntryPlan plan;

    WorkingOrder(long id, long tradeId, int symbol, Role role, OrderType type, Side side, int decisionBar,
                 int firstBar, int lastBar, long lastTime, double limit, double stop, double quantity, EntryPlan plan) {
        this.id = id;
        this.tradeId = tradeId;
        this.symbol = symbol;
        this.role = role;
        this.type = type;
        this.side = side;
        this.decisionBar = decisionBar;
        this.firstBar = firstBar;
        this.lastBar = lastBar;
        this.lastTime = lastTime;
        this.limit = limit;
        this.stop = stop;
        this.quantity = quantity;
        this.plan = plan;
    }

    double remaining() {
        return quantity - filled;
    }

    /** +1 for a buy, -1 for a sell. */
    int sign() {
        return side == Side.BUY ? 1 : -1;
    }

    boolean expiredAt(int bar, long time) {
        return bar > lastBar || time > lastTime;
    }

    /** Prices after a split of {@code ratio} new shares per old: prices divide, shares multiply. */
    void split(double ratio) {
        limit /= ratio;
        stop /= ratio;
        quantity *= ratio;
        filled *= ratio;
    }

    /** The price an event shows for an unfilled order: its limit, else its stop, else NaN. */
    double referencePrice() {
        return !Double.isNaN(limit) ? limit : stop;
    }
}
