package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.execution.Bracket;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;
import dev.backtester.api.risk.RiskRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy's {@link ExitRule}s at work: the stop they plan at an entry decision (for sizing and
 * risk review), the bracket they put on a new position at its first fill (merged with the entry
 * order's own bracket: tightest stop, nearest target, shortest time limit), and the trailing of the
 * stop at every close, which only ever tightens it. A rule's stop at or through the entry price is
 * ignored at entry. Rules compute in the window's (signal) prices;
 * the engine converts to traded prices with the bar's close ratio.
 */
final class ProtectiveExits implements PositionView {
    private final ExitRule[] rules;
    private final ExitRule[] trailing;
    private final Account account;
    private final OrderBook book;
    private final OrderFactory factory;
    private final TradeLedger ledger;
    private final Journal journal;
    private final Cursor window;
    // the position the rules are asked about (this object is the PositionView they see)
    private Direction direction;
    private double entryPrice;
    /** The open trade asked about at a close, or null at an entry; with {@link #ratio} its prices in signal units. */
    private OpenTrade openTrade;
    private double ratio;
    private int barsHeld;
    private double currentStop;

    ProtectiveExits(List<RiskRule> runRules, Account account, OrderBook book, OrderFactory factory, TradeLedger ledger,
                    Journal journal, Cursor window) {
        List<ExitRule> all = new ArrayList<>();
        List<ExitRule> moving = new ArrayList<>();
        for (RiskRule rule : runRules) {
            if (rule instanceof ExitRule exit) {
                all.add(exit);
                if (exit.trails()) {
                    moving.add(exit);
                }
            }
        }
        this.rules = all.toArray(new ExitRule[0]);
        this.trailing = moving.toArray(new ExitRule[0]);
        this.account = account;
        this.book = book;
        this.factory = factory;
        this.ledger = ledger;
        this.journal = journal;
        this.window = window;
    }

    /** True when some rule trails: {@link #trail} must then run at every close of an open position. */
    boolean trails() {
        return trailing.length > 0;
    }

    /**
     * The stop planned at the decision at bar {@code bar} for a {@code side} entry, in traded prices:
     * the tightest of the rules' stops from the signal close and the order's own bracket stop
     * ({@code bracketStop}, signal prices, NaN for none); NaN when there is none.
     */
    double plannedStop(SymbolData d, int s, int bar, Direction side, double bracketStop) {
        double stop = bracketStop;
        if (rules.length > 0) {
            double reference = d.signalClose[bar];
            ask(d, s, bar, side, reference, 0, Double.NaN);
            for (ExitRule rule : rules) {
                stop = tighter(side, stop, protective(side, reference, rule.stopPrice(this, window)));
            }
        }
        return stop * d.toTraded(bar);
    }

    /**
     * The bracket of a position whose first entry fill was at bar {@code i}: the order's bracket merged
     * with the rules' stop, target and time limit from the actual entry price, asked at the last
     * closed bar ({@code i} for a fill at the close, else {@code i - 1}). Null when there is none.
     */
    Bracket atFirstFill(int s, SymbolData d, int i, boolean atClose, EntryPlan plan) {
        Bracket planned = plan.bracket;
        if (rules.length == 0) {
            return planned;
        }
        int bar = atClose ? i : Math.max(0, i - 1);
        double ratio = d.toTraded(bar);
        Direction side = plan.direction;
        double entry = ledger.get(s).entryPrice() / ratio;
        ask(d, s, bar, side, entry, 0, Double.NaN);
        double stop = planned == null ? Double.NaN : planned.stopLoss() / ratio;
        double target = planned == null ? Double.NaN : planned.takeProfit() / ratio;
        int maxBars = planned == null ? 0 : planned.maxBars();
        for (ExitRule rule : rules) {
            stop = tighter(side, stop, protective(side, entry, rule.stopPrice(this, window)));
            target = nearer(side, target, rule.targetPrice(this, window));
            int bars = rule.maxBars();
            if (bars > 0 && (maxBars == 0 || bars < maxBars)) {
                maxBars = bars;
            }
        }
        Bracket merged = new Bracket(usable(stop) ? stop * ratio : Double.NaN,
                usable(target) ? target * ratio : Double.NaN, maxBars);
        if (journal.on) {
            journal.record(d.times[i], d.symbol, ledger.get(s).id, Kind.STOP_SET, "exit rules",
                    "", "stop", merged.stopLoss(), "target", merged.takeProfit(), "max_bars", maxBars);
        }
        return merged.isActive() ? merged : null;
    }

    /**
     * At the close of bar {@code i} of an open position: asks the trailing rules for their stop and
     * moves the stop leg when the tightest of them is tighter than the stop in force. The new level
     * works from the next bar.
     */
    void trail(int s, SymbolData d, int i) {
        if (book.exit(s) != null) {
            return;
        }
        OpenTrade trade = ledger.get(s);
        WorkingOrder leg = book.stopLeg(s);
        double ratio = d.toTraded(i);
        double inForce = leg == null ? Double.NaN : leg.stop;
        Direction side = trade.direction;
        askLazily(d, s, i, side, trade, ratio, i - trade.entryBar, inForce);
        double wanted = trailing[0].stopPrice(this, window);
        for (int k = 1; k < trailing.length; k++) {
            wanted = tighter(side, wanted, trailing[k].stopPrice(this, window));
        }
        if (!usable(wanted)) {
            return;
        }
        double traded = wanted * ratio;
        if (leg != null) {
            if (tighter(side, inForce, traded) == inForce) {
                return;
            }
            leg.stop = traded;
            leg.moved = true;
        } else {
            double held = Math.abs(account.position(s));
            Side exitSide = side == Direction.LONG ? Side.SELL : Side.BUY;
            book.addStopLeg(s, factory.leg(s, i + 1, Role.STOP_LOSS, exitSide, traded, held, trade.id), i + 1, i);
        }
        if (journal.on) {
            journal.record(d.times[i], d.symbol, trade.id, Kind.STOP_MOVED, "trailing stop", "",
                    "from", inForce, "to", traded);
        }
    }

    private void ask(SymbolData d, int s, int bar, Direction side, double entry, int held, double stop) {
        window.moveTo(d, s, bar);
        this.direction = side;
        this.openTrade = null;
        this.entryPrice = entry;
        this.barsHeld = held;
        this.currentStop = stop;
    }

    /** As {@link #ask}, for an open trade: its prices are converted only if a rule reads them (most do not). */
    private void askLazily(SymbolData d, int s, int bar, Direction side, OpenTrade trade, double ratio, int held,
                           double tradedStop) {
        window.moveTo(d, s, bar);
        // asked at every close of the same trade: store references only when they change (GC write barriers)
        if (direction != side) {
            direction = side;
        }
        if (openTrade != trade) {
            openTrade = trade;
        }
        this.ratio = ratio;
        this.barsHeld = held;
        this.currentStop = tradedStop;
    }

    /**
     * A rule's stop at entry if it is on the protective side of the entry price, else NaN: a stop at or
     * through the entry (a chandelier line above a new long) would close the position at once, so it is
     * not set; trailing may set it later, and a trailed stop through the price then exits at the next bar.
     */
    private static double protective(Direction side, double entry, double stop) {
        return (entry - stop) * side.sign() > 0 ? stop : Double.NaN;
    }

    /** The tighter of two stops (NaN = none): the higher for a long, the lower for a short. */
    static double tighter(Direction side, double a, double b) {
        if (!usable(b)) {
            return a;
        }
        if (!usable(a)) {
            return b;
        }
        return side == Direction.LONG ? Math.max(a, b) : Math.min(a, b);
    }

    private static double nearer(Direction side, double a, double b) {
        if (!usable(b)) {
            return a;
        }
        if (!usable(a)) {
            return b;
        }
        return side == Direction.LONG ? Math.min(a, b) : Math.max(a, b);
    }

    private static boolean usable(double price) {
        return price > 0 && price < Double.POSITIVE_INFINITY;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public double entryPrice() {
        return openTrade == null ? entryPrice : openTrade.entryPrice() / ratio;
    }

    @Override
    public int barsHeld() {
        return barsHeld;
    }

    @Override
    public double stopPrice() {
        return openTrade == null ? currentStop : currentStop / ratio;
    }
}
