package dev.backtester.api.result;

import dev.backtester.api.execution.OrderType;
import java.util.Objects;

/**
 * One thing that happened to an order: created, filled (partly or in full), resized, rejected,
 * cancelled or expired. A run records them in order; every event names its order and the trade the
 * order opens or closes, so a journal can follow a trade from its signal to its last fill.
 *
 * @param orderId    run-unique order id, from 1
 * @param tradeId    id of the trade the order opens or closes ({@link Trade#id()}); an entry gets the
 *                   id of the trade it would open even when it never fills
 * @param symbol     symbol of the order
 * @param bar        index of the symbol's bar at which it happened
 * @param time       bar-end time of that bar, UTC epoch ms
 * @param kind       what happened
 * @param role       what the order is for
 * @param type       the order type
 * @param side       buy or sell
 * @param quantity   shares ordered, after any resize
 * @param shares     shares of this event: filled by this fill, wanted before a resize (the new size is
 *                   {@code quantity}), the remaining shares of a cancel or expiry, the wanted shares of a
 *                   rejection
 * @param filled     shares filled so far, this event included
 * @param price      fill price for fills (slippage included); the limit or stop price otherwise, NaN if none
 * @param commission commission of this fill, 0 for other events
 * @param slippage   slippage cost of this fill (shares times price distance), 0 for other events
 * @param impact     market-impact part of {@code slippage}
 * @param reason     why, for resizes, rejections, cancellations and expiries; {@code NONE} otherwise
 * @param detail     human-readable detail for the log, e.g. the risk rule's reason; may be empty
 */
public record OrderEvent(long orderId, long tradeId, String symbol, int bar, long time, Kind kind, Role role,
                         OrderType type, Side side, double quantity, double shares, double filled, double price,
                         double commission, double slippage, double impact, Reason reason, String detail) {

    /** What happened to the order. */
    public enum Kind { CREATED, PARTIALLY_FILLED, FILLED, RESIZED, REJECTED, CANCELLED, EXPIRED }

    /** What the order is for. */
    public enum Role {
        /** Opens or adds to a position. */
        ENTRY,
        /** Closes the position on a signal. */
        EXIT,
        /** The protective stop. */
        STOP_LOSS,
        /** The profit target. */
        TAKE_PROFIT,
        /** Closes the position when its time limit runs out. */
        TIME_EXIT,
        /** Closes the position because a risk rule flattened the portfolio. */
        RISK_EXIT,
        /** Resizes a held position to the sizer's target on its rebalancing schedule. */
        REBALANCE
    }

    /** Buy or sell. */
    public enum Side { BUY, SELL }

    /** Why an order was resized, rejected, cancelled or expired. */
    public enum Reason {
        NONE,
        /** Margin: the account's equity could not carry the position's initial margin. */
        INSUFFICIENT_BUYING_POWER,
        /** Gross exposure would exceed the leverage limit. */
        LEVERAGE_LIMIT,
        /** The size rounded down to zero shares (or the sizer asked for none). */
        ZERO_SHARES,
        /** A risk rule vetoed or shrank the entry to nothing. */
        RISK_VETO,
        /** The regime filter blocked the entry. */
        REGIME_FILTER,
        /** A price the order type needs was missing, not finite or not positive. */
        INVALID_PRICE,
        /** A later signal changed the target (flat, or the other side). */
        SIGNAL,
        /** Another leg of the same bracket filled (one-cancels-other). */
        ONE_CANCELS_OTHER,
        /** The position the order protected was closed by something else. */
        POSITION_CLOSED,
        /** Its time in force ran out. */
        TIME_IN_FORCE,
        /** The data ended while it was still working. */
        END_OF_DATA
    }

    public OrderEvent {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Shares filled so far as a fraction of the quantity ordered (0 when nothing was ordered). */
    public double fillRatio() {
        return quantity > 0 ? filled / quantity : 0.0;
    }

    /** True for fills, partial or full. */
    public boolean isFill() {
        return kind == Kind.FILLED || kind == Kind.PARTIALLY_FILLED;
    }
}
