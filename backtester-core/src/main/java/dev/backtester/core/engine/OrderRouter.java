package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import dev.backtester.api.execution.OrderPlanner;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;

/**
 * Turns a change of target into orders (step 4 of the temporal contract). A target of the other side
 * or flat cancels a working entry and closes the position with a market exit; a new side is sized
 * (regime filter, sizer, rounding, risk rules) and becomes the entry order the planner describes. A
 * target the symbol already has, or is already working towards, changes nothing; asking for the side
 * the position is on again cancels a signal exit that has not finished.
 */
final class OrderRouter {
    /** Returns used to measure the volatility recorded at entry. */
    static final int VOLATILITY_RETURNS = 20;

    private final Account account;
    private final OrderBook book;
    private final OrderFactory factory;
    private final OrderEvents events;
    private final EntrySizing sizing;
    private final OrderPlanner planner;
    private final SignalLogic logic;
    private final TradeLedger ledger;
    private final ProtectiveExits exits;
    private final Journal journal;
    /** False for a {@link Recording#SUMMARY summary} run, whose trades carry no volatility at entry. */
    private final boolean attribution;

    OrderRouter(Account account, OrderBook book, OrderFactory factory, OrderEvents events, EntrySizing sizing,
                OrderPlanner planner, SignalLogic logic, TradeLedger ledger, ProtectiveExits exits, Journal journal,
                boolean attribution) {
        this.account = account;
        this.book = book;
        this.factory = factory;
        this.events = events;
        this.sizing = sizing;
        this.planner = planner;
        this.logic = logic;
        this.ledger = ledger;
        this.exits = exits;
        this.journal = journal;
        this.attribution = attribution;
    }

    /** Acts on {@code signal} (not NONE) decided at the close of bar {@code i}; the window is at that bar. */
    void route(int s, SymbolData d, int i, Signal signal, Cursor window) {
        if (journal.on) {
            journalSignal(s, d, i, signal);
        }
        switch (signal) {
            case LONG -> target(s, d, i, Direction.LONG, signal, window);
            case SHORT -> target(s, d, i, Direction.SHORT, signal, window);
            case FLAT -> flat(s, i);
            default -> {
            }
        }
    }

    /** Files the signal under the open trade it may close and under the trade it may open. */
    private void journalSignal(int s, SymbolData d, int i, Signal signal) {
        boolean opens = signal != Signal.FLAT && account.position(s) * (signal == Signal.LONG ? 1 : -1) <= 0;
        boolean open = ledger.isOpen(s);
        if (open || !opens) {
            record(d, i, signal, open ? ledger.get(s).id : 0, s);
        }
        if (opens) {
            record(d, i, signal, events.upcomingTradeId(), s);
        }
    }

    private void record(SymbolData d, int i, Signal signal, long trade, int s) {
        journal.record(d.times[i], d.symbol, trade, Kind.SIGNAL, logic.ruleName(signal), signal.name(),
                "close", d.signalClose[i], "position", account.position(s));
    }

    private void flat(int s, int i) {
        book.cancelEntry(s, i, Reason.SIGNAL);
        if (account.position(s) != 0 && book.exit(s) == null) {
            placeExit(s, i);
        }
    }

    private void target(int s, SymbolData d, int i, Direction side, Signal signal, Cursor window) {
        double position = account.position(s);
        int sign = side.sign();
        WorkingOrder entry = book.entry(s);
        WorkingOrder exit = book.exit(s);
        if (position * sign > 0) {
            // already on this side: a signal exit still working is undone, and so is a reversal planned with it
            if (exit != null && exit.role == Role.EXIT) {
                book.cancelExit(s, i, Reason.SIGNAL);
            }
            if (entry != null && entry.sign() != sign) {
                book.cancelEntry(s, i, Reason.SIGNAL);
            }
            return;
        }
        if (entry != null && entry.sign() == sign) {
            return;
        }
        book.cancelEntry(s, i, Reason.SIGNAL);
        if (position != 0 && exit == null) {
            placeExit(s, i);
        }
        OrderSpec spec = planner.plan(window, side);
        if (spec == null) {
            throw new IllegalStateException("the order planner returned null for " + d.symbol + " at bar " + i
                    + "; return OrderSpec.market() for a market order");
        }
        double stop = exits.plannedStop(d, s, i, side, spec.bracket().stopLoss());
        double shares = sizing.shares(window, side, d.close[i], stop, events.upcomingTradeId());
        Side orderSide = sign > 0 ? Side.BUY : Side.SELL;
        if (shares == 0) {
            events.rejectedAtDecision(s, i, orderSide, spec.type(), sizing.wanted(),
                    Double.NaN, sizing.reason(), sizing.detail());
            return;
        }
        WorkingOrder order = factory.entry(s, i, spec, shares, side, logic.ruleName(signal), sizing.regime(),
                sizing.regimeConfidence(), attribution ? volatility(d.close, i) : Double.NaN);
        if (order != null) {
            book.placeEntry(s, order, i);
        }
    }

    private void placeExit(int s, int i) {
        double position = account.position(s);
        int first = factory.marketOnSignalBar() ? i : i + 1;
        WorkingOrder exit = factory.marketExit(s, i, first, Role.EXIT, position > 0 ? Side.SELL : Side.BUY,
                Math.abs(position), ledger.get(s).id);
        book.placeExit(s, exit, i);
    }

    /**
     * Sample standard deviation of the last {@value #VOLATILITY_RETURNS} close-to-close returns up to
     * bar {@code i}; NaN when there are fewer. The closes are the bar loop's latest, still in cache.
     */
    static double volatility(double[] close, int i) {
        int n = VOLATILITY_RETURNS;
        if (i < n) {
            return Double.NaN;
        }
        double sum = 0;
        double sumSq = 0;
        for (int k = i - n + 1; k <= i; k++) {
            double r = close[k] / close[k - 1] - 1;
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0.0, (sumSq - n * mean * mean) / (n - 1)));
    }
}
