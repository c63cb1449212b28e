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
 * The order events of a run, stored in fixed-size chunks of arrays: recording an event writes a few
 * array slots instead of allocating an object, and growing never copies what is recorded, which keeps
 * order events cheap on runs with many thousands of orders. A chunk keeps each event's fields next to
 * each other in three arrays (integers, prices, strings), so recording one touches a few cache lines
 * and a chunk is three allocations. {@link #get(int)} builds the {@link OrderEvent} record on each
 * call. Immutable once frozen; made by a {@link Recorder}.
 */
public final class OrderEventLog extends AbstractList<OrderEvent> implements RandomAccess {
    private static final int CHUNK_BITS = 6;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** Per event: order id, trade id, time, bar, and the five enum ordinals packed a byte each. */
    private static final int LONGS = 5;
    /** Per event: quantity, shares, filled, price, commission, slippage, impact. */
    private static final int DOUBLES = 7;
    /** Per event: symbol, detail. */
    private static final int STRINGS = 2;
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
        int l = i * LONGS;
        int d = i * DOUBLES;
        int t = i * STRINGS;
        long codes = c.longs[l + 4];
        return new OrderEvent(c.longs[l], c.longs[l + 1], c.strings[t], (int) c.longs[l + 3], c.longs[l + 2],
                KINDS[code(codes, 0)], ROLES[code(codes, 1)], TYPES[code(codes, 2)], SIDES[code(codes, 3)],
                c.doubles[d], c.doubles[d + 1], c.doubles[d + 2], c.doubles[d + 3], c.doubles[d + 4],
                c.doubles[d + 5], c.doubles[d + 6], REASONS[code(codes, 4)], c.strings[t + 1]);
    }

    private static int code(long codes, int k) {
        return (int) (codes >>> (8 * k)) & 0xFF;
    }

    /** The events of {@value #CHUNK} consecutive indexes, each event's fields side by side. */
    private static final class Chunk {
        final long[] longs = new long[CHUNK * LONGS];
        final double[] doubles = new double[CHUNK * DOUBLES];
        final String[] strings = new String[CHUNK * STRINGS];
    }

    /** Appends events in order; {@link #freeze()} hands them over as an immutable log. Not thread-safe. */
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
            long[] longs = c.longs;
            int l = i * LONGS;
            longs[l] = orderId;
            longs[l + 1] = tradeId;
            longs[l + 2] = time;
            longs[l + 3] = bar;
            // every enum has far fewer than 256 constants
            longs[l + 4] = kind.ordinal() | role.ordinal() << 8 | type.ordinal() << 16 | (long) side.ordinal() << 24
                    | (long) reason.ordinal() << 32;
            double[] doubles = c.doubles;
            int d = i * DOUBLES;
            doubles[d] = quantity;
            doubles[d + 1] = shares;
            doubles[d + 2] = filled;
            doubles[d + 3] = price;
            doubles[d + 4] = commission;
            doubles[d + 5] = slippage;
            doubles[d + 6] = impact;
            String[] strings = c.strings;
            int t = i * STRINGS;
            strings[t] = symbol;
            strings[t + 1] = detail;
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
