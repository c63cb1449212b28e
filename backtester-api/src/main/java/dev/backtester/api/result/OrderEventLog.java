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
 * The order events of a run, stored by column in fixed-size chunks: recording an event writes a few
 * array slots instead of allocating an object, and growing never copies what is recorded, which keeps
 * order events cheap on runs with many thousands of orders. {@link #get(int)} builds the
 * {@link OrderEvent} record on each call. Immutable once frozen; made by a {@link Recorder}.
 */
public final class OrderEventLog extends AbstractList<OrderEvent> implements RandomAccess {
    private static final int CHUNK_BITS = 6;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final Kind[] KINDS = Kind.values();
    private static final Role[] ROLES = Role.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final Side[] SIDES = Side.values();
    private static final Reason[] REASONS = Reason.values();

    private final Chunk[] chunks;
    private final int size;

    private OrderEventLog(Chunk[] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public OrderEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("event " + index + " of " + size);
        }
        Chunk c = chunks[index >>> CHUNK_BITS];
        int i = index & (CHUNK - 1);
        return new OrderEvent(c.orderId[i], c.tradeId[i], c.symbol[i], c.bar[i], c.time[i], KINDS[c.kind[i]],
                ROLES[c.role[i]], TYPES[c.type[i]], SIDES[c.side[i]], c.quantity[i], c.shares[i], c.filled[i],
                c.price[i], c.commission[i], c.slippage[i], c.impact[i], REASONS[c.reason[i]], c.detail[i]);
    }

    /** The columns of {@value #CHUNK} events. */
    private static final class Chunk {
        final long[] orderId = new long[CHUNK];
        final long[] tradeId = new long[CHUNK];
        final long[] time = new long[CHUNK];
        final int[] bar = new int[CHUNK];
        final byte[] kind = new byte[CHUNK];
        final byte[] role = new byte[CHUNK];
        final byte[] type = new byte[CHUNK];
        final byte[] side = new byte[CHUNK];
        final byte[] reason = new byte[CHUNK];
        final double[] quantity = new double[CHUNK];
        final double[] shares = new double[CHUNK];
        final double[] filled = new double[CHUNK];
        final double[] price = new double[CHUNK];
        final double[] commission = new double[CHUNK];
        final double[] slippage = new double[CHUNK];
        final double[] impact = new double[CHUNK];
        final String[] symbol = new String[CHUNK];
        final String[] detail = new String[CHUNK];
    }

    /** Appends events column by column; {@link #freeze()} hands them over as an immutable log. Not thread-safe. */
    public static final class Recorder {
        private Chunk[] chunks = new Chunk[4];
        private int size;
        private boolean frozen;

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
            int k = size >>> CHUNK_BITS;
            if (k == chunks.length) {
                chunks = Arrays.copyOf(chunks, k * 2);
            }
            Chunk c = chunks[k];
            if (c == null) {
                c = new Chunk();
                chunks[k] = c;
            }
            int i = size & (CHUNK - 1);
            size++;
            c.orderId[i] = orderId;
            c.tradeId[i] = tradeId;
            c.symbol[i] = symbol;
            c.bar[i] = bar;
            c.time[i] = time;
            c.kind[i] = (byte) kind.ordinal();
            c.role[i] = (byte) role.ordinal();
            c.type[i] = (byte) type.ordinal();
            c.side[i] = (byte) side.ordinal();
            c.quantity[i] = quantity;
            c.shares[i] = shares;
            c.filled[i] = filled;
            c.price[i] = price;
            c.commission[i] = commission;
            c.slippage[i] = slippage;
            c.impact[i] = impact;
            c.reason[i] = (byte) reason.ordinal();
            c.detail[i] = detail;
        }

        /** Events recorded so far. */
        public int size() {
            return size;
        }

        /** Ends recording and returns the events as an immutable list. */
        public OrderEventLog freeze() {
            frozen = true;
            return new OrderEventLog(chunks, size);
        }
    }
}
