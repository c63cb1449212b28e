package dev.backtester.core.engine;

import dev.backtester.api.result.Decision;
import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.OrderEventLog;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's order events, in the order they happened, recorded by column into an
 * {@link OrderEventLog} (no object per event), and their log lines. Resizes and rejections for buying
 * power or bad prices change what the strategy asked for, so they are logged at INFO; rejections by the
 * regime filter, a risk rule or a zero size, and everything else, at DEBUG.
 */
final class OrderEvents {
    private static final Logger LOG = LoggerFactory.getLogger(OrderEvents.class);

    private final String strategyName;
    private final String[] symbols;
    private final long[][] times;
    private final OrderEventLog.Recorder events = new OrderEventLog.Recorder();
    private final Journal journal;
    /** False for a {@link Recording#SUMMARY summary} run: events are then only journaled and logged. */
    private final boolean recorded;
    private static final int ROLES = Role.values().length;
    private static final int TYPES = OrderType.values().length;
    /** Journal names of the event kinds, made on first use: only a journaled run needs them. */
    private String[] eventNames;
    private long lastOrderId;
    private long lastTradeId;

    OrderEvents(String strategyName, SymbolData[] data, Journal journal, boolean recorded) {
        this.strategyName = strategyName;
        this.journal = journal;
        this.recorded = recorded;
        this.symbols = new String[data.length];
        this.times = new long[data.length][];
        for (int s = 0; s < data.length; s++) {
            symbols[s] = data[s].symbol;
            times[s] = data[s].times;
        }
    }

    long nextOrderId() {
        return ++lastOrderId;
    }

    long nextTradeId() {
        return ++lastTradeId;
    }

    /** The id the next entry's trade will get: decisions before the order is made are filed under it. */
    long upcomingTradeId() {
        return lastTradeId + 1;
    }

    /** The events as an immutable list; call once, at the end of the run. */
    OrderEventLog freeze() {
        return events.freeze();
    }

    void created(WorkingOrder o, int bar) {
        add(o, bar, Kind.CREATED, o.quantity, o.referencePrice(), 0, 0, 0, Reason.NONE, "");
    }

    void filled(WorkingOrder o, int bar, double shares, double price, double commission, double slippage,
                double impact) {
        Kind kind = o.remaining() > 0 ? Kind.PARTIALLY_FILLED : Kind.FILLED;
        add(o, bar, kind, shares, price, commission, slippage, impact, Reason.NONE, "");
    }

    void resized(WorkingOrder o, int bar, double wanted, Reason reason, String detail) {
        add(o, bar, Kind.RESIZED, wanted, o.referencePrice(), 0, 0, 0, reason, detail);
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.atInfo().addKeyValue("event", "order_resized").addKeyValue("strategy", strategyName)
                .addKeyValue("symbol", symbols[o.symbol]).addKeyValue("order_id", o.id)
                .addKeyValue("trade_id", o.tradeId).addKeyValue("time", times[o.symbol][bar]).addKeyValue("wanted", wanted)
                .addKeyValue("quantity", o.quantity).addKeyValue("reason", reason).addKeyValue("detail", detail)
                .log("order resized");
    }

    void rejected(WorkingOrder o, int bar, double wanted, Reason reason, String detail) {
        add(o, bar, Kind.REJECTED, wanted, o.referencePrice(), 0, 0, 0, reason, detail);
        logRejection(symbols[o.symbol], o.id, o.tradeId, times[o.symbol][bar], wanted, reason, detail);
    }

    /** A rejection of an entry that never became a working order (sizing, risk, regime, prices). */
    void rejectedAtDecision(int symbol, int bar, Side side, OrderType type, double wanted, double price,
                            Reason reason, String detail) {
        long orderId = nextOrderId();
        long tradeId = nextTradeId();
        if (recorded) {
            events.append(orderId, tradeId, symbols[symbol], bar, times[symbol][bar], Kind.REJECTED, Role.ENTRY, type,
                    side, 0, wanted, 0, price, 0, 0, 0, reason, detail);
        }
        if (journal.on) {
            journal(times[symbol][bar], symbols[symbol], orderId, tradeId, Kind.REJECTED, Role.ENTRY, type, side, wanted,
                    price, reason, detail);
        }
        logRejection(symbols[symbol], orderId, tradeId, times[symbol][bar], wanted, reason, detail);
    }

    void cancelled(WorkingOrder o, int bar, Reason reason) {
        add(o, bar, Kind.CANCELLED, o.remaining(), o.referencePrice(), 0, 0, 0, reason, "");
    }

    void expired(WorkingOrder o, int bar) {
        add(o, bar, Kind.EXPIRED, o.remaining(), o.referencePrice(), 0, 0, 0, Reason.TIME_IN_FORCE, "");
    }

    private void add(WorkingOrder o, int bar, Kind kind, double shares, double price, double commission,
                     double slippage, double impact, Reason reason, String detail) {
        long time = times[o.symbol][bar];
        if (recorded) {
            events.append(o.id, o.tradeId, symbols[o.symbol], bar, time, kind, o.role, o.type, o.side, o.quantity,
                    shares, o.filled, price, commission, slippage, impact, reason, detail);
        }
        if (journal.on) {
            journal(time, symbols[o.symbol], o.id, o.tradeId, kind, o.role, o.type, o.side, shares, price, reason, detail);
        }
        if (LOG.isDebugEnabled()) {
            LOG.atDebug().addKeyValue("event", "order_" + kind.name().toLowerCase(Locale.ROOT))
                    .addKeyValue("strategy", strategyName).addKeyValue("symbol", symbols[o.symbol])
                    .addKeyValue("order_id", o.id).addKeyValue("trade_id", o.tradeId)
                    .addKeyValue("role", o.role).addKeyValue("type", o.type).addKeyValue("side", o.side)
                    .addKeyValue("shares", shares).addKeyValue("price", price).addKeyValue("time", time)
                    .log("order event");
        }
    }

    private void journal(long time, String symbol, long orderId, long tradeId, Kind kind, Role role, OrderType type,
                         Side side, double shares, double price, Reason reason, String detail) {
        String what = eventName(kind, role, type, side);
        String why = reason == Reason.NONE ? detail : detail.isEmpty() ? reason.name() : reason + ": " + detail;
        journal.record(time, symbol, tradeId, Decision.Kind.ORDER, what, why, "order_id", orderId, "shares", shares,
                "price", price);
    }

    /** "FILLED ENTRY MARKET BUY": built once per combination and run, not once per event. */
    private String eventName(Kind kind, Role role, OrderType type, Side side) {
        if (eventNames == null) {
            eventNames = new String[Kind.values().length * ROLES * TYPES * 2];
        }
        int key = ((kind.ordinal() * ROLES + role.ordinal()) * TYPES + type.ordinal()) * 2 + side.ordinal();
        String name = eventNames[key];
        if (name == null) {
            name = kind + " " + role + " " + type + " " + side;
            eventNames[key] = name;
        }
        return name;
    }

    private void logRejection(String symbol, long orderId, long tradeId, long time, double shares, Reason reason,
                              String detail) {
        // a filter, a risk rule or a zero size saying no is the strategy working as declared: DEBUG, not INFO
        boolean expected = reason == Reason.REGIME_FILTER || reason == Reason.RISK_VETO || reason == Reason.ZERO_SHARES;
        org.slf4j.event.Level level = expected ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.INFO;
        if (!LOG.isEnabledForLevel(level)) {
            return;
        }
        LOG.atLevel(level).addKeyValue("event", "order_rejected").addKeyValue("strategy", strategyName)
                .addKeyValue("symbol", symbol).addKeyValue("order_id", orderId).addKeyValue("trade_id", tradeId)
                .addKeyValue("time", time).addKeyValue("shares", shares).addKeyValue("reason", reason)
                .addKeyValue("detail", detail).log("order rejected");
    }
}
