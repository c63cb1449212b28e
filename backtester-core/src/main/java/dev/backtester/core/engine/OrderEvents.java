package dev.backtester.core.engine;

import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's order events, in the order they happened, and their log lines. Resizes and rejections
 * change what the strategy asked for, so they are logged at INFO; everything else at DEBUG.
 */
final class OrderEvents {
    private static final Logger LOG = LoggerFactory.getLogger(OrderEvents.class);

    private final String strategyName;
    private final String[] symbols;
    private final long[][] times;
    private final List<OrderEvent> events = new ArrayList<>();
    private long lastOrderId;
    private long lastTradeId;

    OrderEvents(String strategyName, SymbolData[] data) {
        this.strategyName = strategyName;
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

    List<OrderEvent> events() {
        return events;
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
        OrderEvent e = add(o, bar, Kind.RESIZED, o.quantity, o.referencePrice(), 0, 0, 0, reason, detail);
        LOG.atInfo().addKeyValue("event", "order_resized").addKeyValue("strategy", strategyName)
                .addKeyValue("symbol", e.symbol()).addKeyValue("order_id", e.orderId())
                .addKeyValue("trade_id", e.tradeId()).addKeyValue("time", e.time()).addKeyValue("wanted", wanted)
                .addKeyValue("quantity", e.quantity()).addKeyValue("reason", reason).addKeyValue("detail", detail)
                .log("order resized");
    }

    void rejected(WorkingOrder o, int bar, double wanted, Reason reason, String detail) {
        OrderEvent e = add(o, bar, Kind.REJECTED, wanted, o.referencePrice(), 0, 0, 0, reason, detail);
        logRejection(e);
    }

    /** A rejection of an entry that never became a working order (sizing, risk, regime, prices). */
    void rejectedAtDecision(int symbol, int bar, Side side, OrderType type, double wanted, double price,
                            Reason reason, String detail) {
        OrderEvent e = new OrderEvent(nextOrderId(), nextTradeId(), symbols[symbol], bar, times[symbol][bar],
                Kind.REJECTED, Role.ENTRY, type, side, 0, wanted, 0, price, 0, 0, 0, reason, detail);
        events.add(e);
        logRejection(e);
    }

    void cancelled(WorkingOrder o, int bar, Reason reason) {
        add(o, bar, Kind.CANCELLED, o.remaining(), o.referencePrice(), 0, 0, 0, reason, "");
    }

    void expired(WorkingOrder o, int bar) {
        add(o, bar, Kind.EXPIRED, o.remaining(), o.referencePrice(), 0, 0, 0, Reason.TIME_IN_FORCE, "");
    }

    private OrderEvent add(WorkingOrder o, int bar, Kind kind, double shares, double price, double commission,
                           double slippage, double impact, Reason reason, String detail) {
        OrderEvent e = new OrderEvent(o.id, o.tradeId, symbols[o.symbol], bar, times[o.symbol][bar], kind, o.role,
                o.type, o.side, o.quantity, shares, o.filled, price, commission, slippage, impact, reason, detail);
        events.add(e);
        if (LOG.isDebugEnabled()) {
            LOG.atDebug().addKeyValue("event", "order_" + kind.name().toLowerCase(java.util.Locale.ROOT))
                    .addKeyValue("strategy", strategyName).addKeyValue("symbol", e.symbol())
                    .addKeyValue("order_id", e.orderId()).addKeyValue("trade_id", e.tradeId())
                    .addKeyValue("role", e.role()).addKeyValue("type", e.type()).addKeyValue("side", e.side())
                    .addKeyValue("shares", shares).addKeyValue("price", price).addKeyValue("time", e.time())
                    .log("order event");
        }
        return e;
    }

    private void logRejection(OrderEvent e) {
        LOG.atInfo().addKeyValue("event", "order_rejected").addKeyValue("strategy", strategyName)
                .addKeyValue("symbol", e.symbol()).addKeyValue("order_id", e.orderId())
                .addKeyValue("trade_id", e.tradeId()).addKeyValue("time", e.time()).addKeyValue("shares", e.shares())
                .addKeyValue("reason", e.reason()).addKeyValue("detail", e.detail()).log("order rejected");
    }
}
