package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.OrderEvent.Side;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.RebalanceSchedule;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens once every symbol of a bar time is marked: risk rules that watch the portfolio
 * ({@link RiskRule#observesBars()}) may close every position, and a sizer with a rebalancing schedule
 * resizes the positions held at the first bar of each period. Both decide at this close; their orders
 * fill from each symbol's next bar.
 */
final class PortfolioRules {
    /** A rebalance smaller than this share of the position is not worth its costs and is skipped. */
    static final double MIN_REBALANCE = 0.01;

    private final RiskRule[] observers;
    private final RebalanceSchedule schedule;
    private final SymbolData[] data;
    private final Account account;
    private final OrderBook book;
    private final OrderFactory factory;
    private final TradeLedger ledger;
    private final EntrySizing sizing;
    private final AccountView view;
    private final Journal journal;
    private final Cursor window;
    /** Bars ending after this instant open a new rebalancing period; unknown before the first bar time. */
    private long nextPeriodStart = Long.MIN_VALUE;

    private PortfolioRules(RiskRule[] observers, RebalanceSchedule schedule, SymbolData[] data, Account account,
                           OrderBook book, OrderFactory factory, TradeLedger ledger, EntrySizing sizing,
                           AccountView view, Journal journal, Cursor window) {
        this.observers = observers;
        this.schedule = schedule;
        this.data = data;
        this.account = account;
        this.book = book;
        this.factory = factory;
        this.ledger = ledger;
        this.sizing = sizing;
        this.view = view;
        this.journal = journal;
        this.window = window;
    }

    /** The portfolio rules of a run, or null when it has neither watching rules nor rebalancing: no cost per bar. */
    static PortfolioRules of(EntrySizing sizing, SymbolData[] data, Account account, OrderBook book,
                             OrderFactory factory, TradeLedger ledger, AccountView view, Journal journal, Cursor window) {
        List<RiskRule> watching = new ArrayList<>();
        for (RiskRule rule : sizing.rules()) {
            if (rule.observesBars()) {
                watching.add(rule);
            }
        }
        RebalanceSchedule schedule = sizing.sizer().rebalance();
        if (watching.isEmpty() && !schedule.isActive()) {
            return null;
        }
        return new PortfolioRules(watching.toArray(new RiskRule[0]), schedule, data, account, book, factory, ledger,
                sizing, view, journal, window);
    }

    /**
     * Runs the watching rules and the rebalancing at the end of bar time {@code time}. Returns true when
     * orders were placed: the engine must then attend every symbol at its next bar.
     */
    boolean atTimeEnd(long time) {
        boolean placed = false;
        view.at(time);
        for (RiskRule rule : observers) {
            if (rule.observe(view)) {
                placed |= flatten(time, rule);
            }
        }
        if (schedule.isActive() && time - 1 >= nextPeriodStart) {
            if (nextPeriodStart != Long.MIN_VALUE) {
                placed |= rebalance(time);
            }
            nextPeriodStart = schedule.nextPeriodStart(time);
        }
        return placed;
    }

    private boolean flatten(long time, RiskRule rule) {
        boolean placed = false;
        for (int s = 0; s < data.length; s++) {
            int bar = view.latestBar(s, time);
            if (bar < 0) {
                continue;
            }
            book.cancelEntry(s, bar, Reason.RISK_VETO);
            double position = account.position(s);
            if (position == 0 || book.exit(s) != null) {
                continue;
            }
            long trade = ledger.get(s).id;
            if (journal.on) {
                journal.record(time, data[s].symbol, trade, Kind.FLATTENED, Journal.describe(rule), "",
                        "shares", position);
            }
            WorkingOrder exit = factory.marketExit(s, bar, nextFillBar(bar), Role.RISK_EXIT,
                    position > 0 ? Side.SELL : Side.BUY, Math.abs(position), trade);
            book.placeExit(s, exit, bar);
            placed = true;
        }
        return placed;
    }

    private boolean rebalance(long time) {
        boolean placed = false;
        for (int s = 0; s < data.length; s++) {
            double position = account.position(s);
            int bar = view.latestBar(s, time);
            if (position == 0 || bar < 0 || book.exit(s) != null || book.entry(s) != null) {
                continue;
            }
            placed |= resize(s, data[s], bar, position, time);
        }
        return placed;
    }

    private boolean resize(int s, SymbolData d, int bar, double position, long time) {
        Direction side = position > 0 ? Direction.LONG : Direction.SHORT;
        OpenTrade trade = ledger.get(s);
        WorkingOrder stopLeg = book.stopLeg(s);
        double stop = stopLeg == null ? Double.NaN : stopLeg.stop;
        window.moveTo(d, s, bar);
        double held = Math.abs(position);
        double target = sizing.target(window, side, d.close[bar], stop, trade.id);
        double change = target - held;
        if (target == 0 || Math.abs(change) < MIN_REBALANCE * held) {
            return false;
        }
        if (change > 0) {
            change = sizing.reviewIncrease(window, side, change, d.close[bar], stop, trade.id);
            if (change == 0) {
                return false;
            }
        }
        if (journal.on) {
            journal.record(time, d.symbol, trade.id, Kind.REBALANCE, Journal.describe(sizing.sizer()),
                    change > 0 ? "increase" : "decrease", "held", held, "target", target, "change", change);
        }
        Side buyOrSell = (change > 0) == (side == Direction.LONG) ? Side.BUY : Side.SELL;
        if (change > 0) {
            book.placeEntry(s, factory.addition(s, bar, nextFillBar(bar), buyOrSell, change, trade), bar);
        } else {
            book.placeExit(s, factory.marketExit(s, bar, nextFillBar(bar), Role.REBALANCE, buyOrSell, -change, trade.id),
                    bar);
        }
        return true;
    }

    /** Portfolio decisions are made once all symbols are marked, so their orders always fill from the next bar. */
    private static int nextFillBar(int bar) {
        return bar + 1;
    }
}
