package dev.backtester.api.result;

import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The order events of a run, stored by column: recording an event writes a few array slots instead
 * of allocating an object, which keeps order events cheap on runs with many thousands of orders.
 * {@link #get(int)} builds the {@link OrderEvent} record on each call. Immutable once frozen; made
 * by a {@link Recorder}.
 */
public final class OrderEventLog extends AbstractList<OrderEvent> implements RandomAccess {
    private static final Kind[] KINDS = Kind.values();
    private static final Role[] ROLES = Role.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final Side[] SIDES = Side.values();
    private static final Reason[] REASONS = Reason.values();

    private final Recorder columns;
    private final int size;

    private OrderEventLog(Recorder columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public OrderEvent get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("event " + i + " of " + size);
        }
        Recorder c = columns;
        return new OrderEvent(c.orderId[i], c.tradeId[i], c.symbol[i], c.bar[i], c.time[i], KINDS[c.kind[i]],
                ROLES[c.role[i]], TYPES[c.type[i]], SIDES[c.side[i]], c.quantity[i], c.shares[i], c.filled[i],
                c.price[i], c.commission[i], c.slippage[i], c.impact[i], REASONS[c.reason[i]], c.detail[i]);
    }

    /** Appends events column by column; {@link #freeze()} hands them over as an immutable log. Not thread-safe. */
    public static final class Recorder {
        private int size;
        private boolean frozen;
        private long[] orderId = new long[16];
        private long[] tradeId = new long[16];
        private long[] time = new long[16];
        private int[] bar = new int[16];
        private byte[] kind = new byte[16];
        private byte[] role = new byte[16];
        private byte[] type = new byte[16];
        private byte[] side = new byte[16];
        private byte[] reason = new byte[16];
        private double[] quantity = new double[16];
        private double[] shares = new double[16];
        private double[] filled = new double[16];
        private double[] price = new double[16];
        private double[] commission = new double[16];
        private double[] slippage = new double[16];
        private double[] impact = new double[16];
        private String[] symbol = new String[16];
        private String[] detail = new String[16];

        /**
         * Records one event; the arguments are those of {@link OrderEvent}'s constructor.
         *
         * @throws IllegalStateException after {@link #freeze()}
         */
        public void append(long orderId, long tradeId, String symbol, int bar, long time, Kind kind, Role role,
                           OrderType type, Side side, double quantity, double shares, double filled, double price,
                           double commission, double slippage, double impact, Reason reason, String detail) {
            if (frozen) {
                throw new IllegalStateException("the log was frozen; record events before freeze()");
            }
            if (size == this.orderId.length) {
                grow();
            }
            int i = size++;
            this.orderId[i] = orderId;
            this.tradeId[i] = tradeId;
            this.symbol[i] = symbol;
            this.bar[i] = bar;
            this.time[i] = time;
            this.kind[i] = (byte) kind.ordinal();
            this.role[i] = (byte) role.ordinal();
            this.type[i] = (byte) type.ordinal();
            this.side[i] = (byte) side.ordinal();
            this.quantity[i] = quantity;
            this.shares[i] = shares;
            this.filled[i] = filled;
            this.price[i] = price;
            this.commission[i] = commission;
            this.slippage[i] = slippage;
            this.impact[i] = impact;
            this.reason[i] = (byte) reason.ordinal();
            this.detail[i] = detail;
        }

        /** Events recorded so far. */
        public int size() {
            return size;
        }

        /** Ends recording and returns the events as an immutable list. */
        public OrderEventLog freeze() {
            frozen = true;
            return new OrderEventLog(this, size);
        }

        private void grow() {
            int n = orderId.length * 2;
            orderId = Arrays.copyOf(orderId, n);
            tradeId = Arrays.copyOf(tradeId, n);
            time = Arrays.copyOf(time, n);
            bar = Arrays.copyOf(bar, n);
            kind = Arrays.copyOf(kind, n);
            role = Arrays.copyOf(role, n);
            type = Arrays.copyOf(type, n);
            side = Arrays.copyOf(side, n);
            reason = Arrays.copyOf(reason, n);
            quantity = Arrays.copyOf(quantity, n);
            shares = Arrays.copyOf(shares, n);
            filled = Arrays.copyOf(filled, n);
            price = Arrays.copyOf(price, n);
            commission = Arrays.copyOf(commission, n);
            slippage = Arrays.copyOf(slippage, n);
            impact = Arrays.copyOf(impact, n);
            symbol = Arrays.copyOf(symbol, n);
            detail = Arrays.copyOf(detail, n);
        }
    }
}
