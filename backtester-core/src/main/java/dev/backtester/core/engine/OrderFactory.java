package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.execution.Bracket;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.execution.OrderType;
import dev.backtester.api.execution.TimeInForce;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes working orders: ids, the first bar each may fill on, expiry from the time in force, and the
 * conversion of planned prices from the signal price basis to traded prices. An entry whose prices
 * the order type cannot use is rejected here ({@code INVALID_PRICE}).
 */
final class OrderFactory {
    private final SymbolData[] data;
    private final OrderEvents events;
    private final boolean marketOnSignalBar;

    OrderFactory(SymbolData[] data, OrderEvents events, boolean marketOnSignalBar) {
        this.data = data;
        this.events = events;
        this.marketOnSignalBar = marketOnSignalBar;
    }

    /**
     * An entry for {@code shares} shares as {@code spec} describes, decided at {@code bar}; null when a
     * price is unusable, after recording the rejection.
     */
    WorkingOrder entry(int s, int bar, OrderSpec spec, double shares, Direction direction, String rule, String regime,
                       double regimeConfidence, double volatility) {
        SymbolData d = data[s];
        double toTraded = d.toTraded(bar);
        double limit = spec.limitPrice() * toTraded;
        double stop = spec.stopPrice() * toTraded;
        Bracket b = spec.bracket();
        Bracket traded = b.isActive() ? new Bracket(b.stopLoss() * toTraded, b.takeProfit() * toTraded, b.maxBars()) : null;
        Side side = direction == Direction.LONG ? Side.BUY : Side.SELL;
        String problem = priceProblem(spec.type(), limit, stop, traded);
        if (problem != null) {
            events.rejectedAtDecision(s, bar, side, spec.type(), shares, Double.NaN, Reason.INVALID_PRICE, problem);
            return null;
        }
        boolean now = spec.type().fillsOnDecisionBar() || (spec.type() == OrderType.MARKET && marketOnSignalBar);
        int first = now ? bar : bar + 1;
        EntryPlan plan = new EntryPlan(direction, traded, bar, rule, regime, regimeConfidence, volatility);
        return new WorkingOrder(events.nextOrderId(), events.nextTradeId(), s, Role.ENTRY, spec.type(), side, bar,
                first, lastBar(first, spec.timeInForce()), lastTime(d, first, spec.timeInForce()),
                spec.type() == OrderType.MARKET || spec.type() == OrderType.STOP ? Double.NaN : limit,
                spec.type() == OrderType.STOP || spec.type() == OrderType.STOP_LIMIT ? stop : Double.NaN, shares, plan);
    }

    /** A market exit of {@code shares} decided at {@code bar} by a signal ({@code role} EXIT) or a time limit. */
    WorkingOrder marketExit(int s, int decisionBar, int firstBar, Role role, Side side, double shares, long tradeId) {
        return new WorkingOrder(events.nextOrderId(), tradeId, s, role, OrderType.MARKET, side, decisionBar, firstBar,
                Integer.MAX_VALUE, Long.MAX_VALUE, Double.NaN, Double.NaN, shares, null);
    }

    /** A market order adding {@code shares} to the open {@code trade} (a rebalance), filling from {@code firstBar}. */
    WorkingOrder addition(int s, int decisionBar, int firstBar, Side side, double shares, OpenTrade trade) {
        return new WorkingOrder(events.nextOrderId(), trade.id, s, Role.REBALANCE, OrderType.MARKET, side, decisionBar,
                firstBar, Integer.MAX_VALUE, Long.MAX_VALUE, Double.NaN, Double.NaN, shares, trade.plan);
    }

    /** A bracket's stop-loss (a stop order) or take-profit (a limit order), good till cancelled. */
    WorkingOrder leg(int s, int bar, Role role, Side side, double price, double shares, long tradeId) {
        boolean stopLoss = role == Role.STOP_LOSS;
        return new WorkingOrder(events.nextOrderId(), tradeId, s, role, stopLoss ? OrderType.STOP : OrderType.LIMIT,
                side, bar, bar, Integer.MAX_VALUE, Long.MAX_VALUE, stopLoss ? Double.NaN : price,
                stopLoss ? price : Double.NaN, shares, null);
    }

    boolean marketOnSignalBar() {
        return marketOnSignalBar;
    }

    private static String priceProblem(OrderType type, double limit, double stop, Bracket bracket) {
        boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean needsStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        if (needsLimit && !usable(limit)) {
            return type + " needs a finite limit price > 0, got " + limit;
        }
        if (needsStop && !usable(stop)) {
            return type + " needs a finite stop price > 0, got " + stop;
        }
        if (bracket != null && bracket.hasStopLoss() && !usable(bracket.stopLoss())) {
            return "bracket stop-loss must be a finite price > 0, got " + bracket.stopLoss();
        }
        if (bracket != null && bracket.hasTakeProfit() && !usable(bracket.takeProfit())) {
            return "bracket take-profit must be a finite price > 0, got " + bracket.takeProfit();
        }
        return null;
    }

    private static boolean usable(double price) {
        return price > 0 && price < Double.POSITIVE_INFINITY;
    }

    private static int lastBar(int first, TimeInForce tif) {
        if (tif.kind() != TimeInForce.Kind.BARS) {
            return Integer.MAX_VALUE;
        }
        long last = (long) first + tif.bars() - 1;
        return (int) Math.min(Integer.MAX_VALUE, last);
    }

    /** End of the calendar day of the first eligible bar: a bar belongs to the day of the instant before its end. */
    private static long lastTime(SymbolData d, int first, TimeInForce tif) {
        if (tif.kind() != TimeInForce.Kind.DAY || first >= d.size()) {
            return Long.MAX_VALUE;
        }
        LocalDate day = Instant.ofEpochMilli(d.times[first] - 1).atZone(tif.zone()).toLocalDate();
        return day.plusDays(1).atStartOfDay(tif.zone()).toInstant().toEpochMilli();
    }
}
