package dev.backtester.core.engine;

import dev.backtester.api.execution.Bracket;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.InsufficientFunds;
import dev.backtester.api.execution.IntrabarPriority;
import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import java.util.Arrays;

/**
 * Fills the working orders of one symbol against one bar: step 1 of the temporal contract. In
 * order: a bracket's time limit, the exit, then the entry (only once no exit is working), then the
 * bracket's stop-loss and take-profit. Fills of one symbol share the bar's volume allowance.
 */
final class FillSimulator {
    private static final String LEVERAGE_DETAIL = "gross exposure would exceed the leverage limit";
    private static final String MARGIN_DETAIL = "equity would not cover the initial margin";
    private final Account account;
    private final OrderBook book;
    private final TradeLedger ledger;
    private final OrderEvents events;
    private final OrderFactory factory;
    private final FillCosts costs;
    private final BuyingPower buyingPower;
    private final InsufficientFunds policy;
    private final FillModel fillModel;
    private final Cursor fillWindow;
    private final IntrabarPriority priority;
    private final double volumeLimit;
    private final boolean fractional;
    private final PeakEquity peak;
    private final RunTotals totals;
    private final ProtectiveExits exits;
    private final Journal journal;
    private final AccountView view;
    private final int[] capacityBar;
    private final double[] capacityLeft;

    FillSimulator(Account account, OrderBook book, TradeLedger ledger, OrderEvents events, OrderFactory factory,
                  FillCosts costs, BuyingPower buyingPower, InsufficientFunds policy, FillModel fillModel,
                  Cursor fillWindow, IntrabarPriority priority, double volumeLimit, boolean fractional,
                  PeakEquity peak, RunTotals totals, ProtectiveExits exits, Journal journal, AccountView view) {
        this.account = account;
        this.book = book;
        this.ledger = ledger;
        this.events = events;
        this.factory = factory;
        this.costs = costs;
        this.buyingPower = buyingPower;
        this.policy = policy;
        this.fillModel = fillModel;
        this.fillWindow = fillWindow;
        this.priority = priority;
        this.volumeLimit = volumeLimit;
        this.fractional = fractional;
        this.peak = peak;
        this.totals = totals;
        this.exits = exits;
        this.journal = journal;
        this.view = view;
        int symbols = account.symbols();
        this.capacityBar = new int[symbols];
        this.capacityLeft = new double[symbols];
        Arrays.fill(capacityBar, -1);
    }

    /**
     * Fills what can fill on bar {@code i}. With {@code atClose} only the orders decided at this bar's
     * close that fill at it (market-on-close, same-bar fill model) are considered.
     */
    void onBar(int s, SymbolData d, int i, boolean atClose) {
        if (!atClose) {
            checkTimeLimit(s, i);
        }
        WorkingOrder exit = book.exit(s);
        if (exit != null && eligible(exit, i, atClose)) {
            fillExit(s, d, i, exit, FillRules.price(exit, d.open[i], d.high[i], d.low[i], marketPrice(exit, d, s, i)),
                    atClose);
        }
        WorkingOrder entry = book.entry(s);
        // an entry adds to a flat position or one of its own side, never to the other side's
        if (entry != null && book.exit(s) == null && eligible(entry, i, atClose)
                && account.position(s) * entry.sign() >= 0) {
            if (entry.expiredAt(i, d.times[i])) {
                events.expired(entry, i);
                book.clearEntry(s);
            } else {
                fillEntry(s, d, i, entry, atClose);
            }
        }
        if (!atClose && book.bracket(s) != null && book.exit(s) == null && i >= book.legsFrom(s)) {
            checkLegs(s, d, i);
        }
    }

    private static boolean eligible(WorkingOrder o, int i, boolean atClose) {
        return atClose ? o.firstBar == i : i >= o.firstBar;
    }

    private double marketPrice(WorkingOrder o, SymbolData d, int s, int i) {
        if (o.type == OrderType.MARKET_ON_OPEN) {
            return d.open[i];
        }
        if (o.type == OrderType.MARKET_ON_CLOSE) {
            return d.close[i];
        }
        fillWindow.moveToTraded(d, s, i);
        return fillModel.marketPrice(fillWindow);
    }

    /** Shares the symbol's fills may still take on bar {@code i}: unlimited without a volume limit. */
    private double capacity(int s, SymbolData d, int i) {
        if (volumeLimit == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (capacityBar[s] != i) {
            capacityBar[s] = i;
            double allowance = volumeLimit * d.volume[i];
            capacityLeft[s] = fractional ? allowance : Math.floor(allowance);
        }
        return capacityLeft[s];
    }

    private void fillEntry(int s, SymbolData d, int i, WorkingOrder o, boolean atClose) {
        double base = FillRules.price(o, d.open[i], d.high[i], d.low[i], marketPrice(o, d, s, i));
        if (Double.isNaN(base)) {
            return;
        }
        double shares = Math.min(o.remaining(), capacity(s, d, i));
        if (!(shares > 0)) {
            return;
        }
        long time = d.times[i];
        int sign = o.sign();
        double limit = FillRules.capsAtLimit(o) ? o.limit : Double.NaN;
        costs.quote(d, s, o.decisionBar, sign, base, shares, limit, time);
        double allowed = buyingPower.allowed(s, sign, shares, costs.price, costs.commission(), time);
        if (allowed < shares) {
            Reason reason = buyingPower.binding();
            String detail = reason == Reason.LEVERAGE_LIMIT ? LEVERAGE_DETAIL : MARGIN_DETAIL;
            if (policy == InsufficientFunds.REJECT || !(allowed > 0)) {
                events.rejected(o, i, shares, reason, detail);
                book.clearEntry(s);
                return;
            }
            o.quantity = o.filled + allowed;
            events.resized(o, i, shares, reason, detail);
            shares = allowed;
            costs.quote(d, s, o.decisionBar, sign, base, shares, limit, time);
        }
        boolean opens = !ledger.isOpen(s);
        if (opens) {
            double othersGross = account.grossExposureExcept(s);
            ledger.open(s, o.tradeId, o.plan.direction, o.plan, i, account.equity(), othersGross, peak.drawdown());
        }
        book(s, d, i, o, shares, atClose);
        ledger.entryFill(s, shares, costs.price, costs.fee, costs.slippageCost, costs.impactCost,
                FillRules.quality(sign > 0, costs.price, d.high[i], d.low[i]));
        events.filled(o, i, shares, costs.price, costs.fee, costs.slippageCost, costs.impactCost);
        double held = Math.abs(account.position(s));
        Bracket bracket = opens ? exits.atFirstFill(s, d, i, atClose, o.plan) : null;
        if (bracket != null) {
            armBracket(s, i, o, bracket, held, atClose);
        } else {
            book.resizeLegs(s, held);
        }
        if (opens && journal.on) {
            journal.tradeExecuted(time, d.symbol, o.tradeId, o.plan.direction.name(), costs.price, shares,
                    view.heat(), o.plan.regime, o.plan.regimeConfidence, o.plan.rule);
        }
        if (!(o.remaining() > 0)) {
            book.clearEntry(s);
        }
    }

    private void armBracket(int s, int i, WorkingOrder entry, Bracket bracket, double held, boolean atClose) {
        // a fill at the close has no rest of the bar: its legs start on the next bar
        int from = atClose ? i + 1 : i;
        Side side = entry.side == Side.BUY ? Side.SELL : Side.BUY;
        WorkingOrder stop = bracket.hasStopLoss()
                ? factory.leg(s, from, Role.STOP_LOSS, side, bracket.stopLoss(), held, entry.tradeId) : null;
        WorkingOrder target = bracket.hasTakeProfit()
                ? factory.leg(s, from, Role.TAKE_PROFIT, side, bracket.takeProfit(), held, entry.tradeId) : null;
        book.armBracket(s, bracket, stop, target, from, i);
    }

    private void fillExit(int s, SymbolData d, int i, WorkingOrder o, double base, boolean atClose) {
        if (Double.isNaN(base)) {
            return;
        }
        double held = Math.abs(account.position(s));
        // a rebalance sells part of the position; every other exit's remaining shares are the position
        double shares = Math.min(Math.min(o.remaining(), held), capacity(s, d, i));
        if (!(shares > 0)) {
            return;
        }
        long time = d.times[i];
        int sign = o.sign();
        // legs and time exits are decided by the last closed bar, never the bar they fill on
        int decision = o.role == Role.EXIT ? o.decisionBar : Math.max(0, i - 1);
        costs.quote(d, s, decision, sign, base, shares, FillRules.capsAtLimit(o) ? o.limit : Double.NaN, time);
        book(s, d, i, o, shares, atClose);
        boolean flat = account.position(s) == 0;
        if (flat) {
            o.filled = o.quantity;
        }
        ledger.exitFill(s, i, shares, costs.price, costs.fee, costs.slippageCost, costs.impactCost,
                FillRules.quality(sign > 0, costs.price, d.high[i], d.low[i]));
        events.filled(o, i, shares, costs.price, costs.fee, costs.slippageCost, costs.impactCost);
        if (flat) {
            book.clearExit(s);
            ExitReason reason = exitReason(o);
            if (journal.on) {
                journal.record(time, d.symbol, o.tradeId, Decision.Kind.EXIT, o.role.name(), reason.name(),
                        "price", costs.price, "shares", shares);
            }
            ledger.close(s, reason);
            book.disarmBracket(s, i, Reason.POSITION_CLOSED);
        } else if (!(o.remaining() > 0)) {
            book.clearExit(s);
            book.resizeLegs(s, Math.abs(account.position(s)));
        }
    }

    /** Books the quoted fill in the account and the totals. */
    private void book(int s, SymbolData d, int i, WorkingOrder o, double shares, boolean atClose) {
        account.fill(s, o.sign() * shares, costs.price, costs.fee);
        costs.commission().record(shares, costs.price, d.times[i]);
        o.filled += shares;
        if (volumeLimit != 0) {
            capacityLeft[s] -= shares;
        }
        totals.commission += costs.fee;
        totals.slippage += costs.slippageCost;
        totals.impact += costs.impactCost;
        totals.sameBarFill |= atClose;
    }

    /** Closes the position at market once it has been held for the bracket's time limit. */
    private void checkTimeLimit(int s, int i) {
        Bracket bracket = book.bracket(s);
        if (bracket == null || bracket.maxBars() == 0 || book.exit(s) != null || !ledger.isOpen(s)
                || i - ledger.get(s).entryBar < bracket.maxBars()) {
            return;
        }
        double position = account.position(s);
        book.disarmBracket(s, i, Reason.ONE_CANCELS_OTHER);
        book.cancelEntry(s, i, Reason.POSITION_CLOSED);
        WorkingOrder exit = factory.marketExit(s, i - 1, i, Role.TIME_EXIT, position > 0 ? Side.SELL : Side.BUY,
                Math.abs(position), ledger.get(s).id);
        // decided by the bar count at the previous close, so recorded there
        book.placeExit(s, exit, i - 1);
    }

    /**
     * The bracket's stop-loss and take-profit against bar {@code i}. A gap through either at the open
     * decides; otherwise, when both are inside the range, the intrabar priority does.
     */
    private void checkLegs(int s, SymbolData d, int i) {
        WorkingOrder stop = book.stopLeg(s);
        WorkingOrder target = book.targetLeg(s);
        double open = d.open[i];
        boolean buy = account.position(s) < 0;
        double stopPrice = stop == null ? Double.NaN : FillRules.stopPrice(buy, stop.stop, open, d.high[i], d.low[i]);
        double targetPrice = target == null ? Double.NaN
                : FillRules.limitPrice(buy, target.limit, open, d.high[i], d.low[i]);
        boolean stopHit = !Double.isNaN(stopPrice);
        boolean targetHit = !Double.isNaN(targetPrice);
        if (!stopHit && !targetHit) {
            return;
        }
        boolean useStop = stopHit && (!targetHit || stopFirst(buy, open, stop, target));
        WorkingOrder leg = useStop ? stop : target;
        leg.triggered = true;
        book.promoteLeg(s, leg, i);
        book.cancelEntry(s, i, Reason.POSITION_CLOSED);
        fillExit(s, d, i, leg, useStop ? stopPrice : targetPrice, false);
    }

    private boolean stopFirst(boolean buy, double open, WorkingOrder stop, WorkingOrder target) {
        boolean stopGapped = buy ? open >= stop.stop : open <= stop.stop;
        boolean targetGapped = buy ? open <= target.limit : open >= target.limit;
        if (stopGapped || targetGapped) {
            return stopGapped;
        }
        return switch (priority) {
            case STOP_FIRST -> true;
            case TARGET_FIRST -> false;
            case NEAREST_TO_OPEN -> Math.abs(open - stop.stop) <= Math.abs(target.limit - open);
        };
    }

    private static ExitReason exitReason(WorkingOrder o) {
        return switch (o.role) {
            case STOP_LOSS -> o.moved ? ExitReason.TRAILING_STOP : ExitReason.STOP_LOSS;
            case TAKE_PROFIT -> ExitReason.TAKE_PROFIT;
            case TIME_EXIT -> ExitReason.EXPIRED;
            case RISK_EXIT -> ExitReason.RISK_LIMIT;
            case EXIT, ENTRY, REBALANCE -> ExitReason.SIGNAL;
        };
    }
}
