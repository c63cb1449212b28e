package dev.backtester.core.engine;

import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import dev.backtester.api.Strategy;
import dev.backtester.api.result.CashFlows;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.Trade;
import dev.backtester.api.run.RunListener;
import dev.backtester.api.run.RunProgress;
import dev.backtester.core.analytics.EquityStatistics;
import dev.backtester.core.analytics.MetricsCalculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One execution of a prepared run: the bar loop of the temporal contract. For each bar, in
 * schedule order:
 * <ol>
 *   <li>at a new bar time, borrow fees and interest accrue (only when the run finances anything);</li>
 *   <li>corporate actions due at this bar apply, then working orders fill against it
 *       ({@link FillSimulator}) and brackets are checked;</li>
 *   <li>the symbol is marked at this bar's close;</li>
 *   <li>signal logic sees the window at this bar; a change of target becomes orders
 *       ({@link OrderRouter}) for the next bar, or fills at this bar's close when the order type or
 *       fill model says so;</li>
 *   <li>after the last symbol of a bar time, equity and cash are recorded.</li>
 * </ol>
 * A symbol with nothing working and no corporate action due costs one comparison per bar, one with
 * only its position's stop and target working two more ({@link Attention}); the loop allocates
 * nothing per bar. A single symbol without financing, trailing exits or portfolio rules runs its
 * quiet stretches (bars that need no fill) through a shorter loop that writes their equity points
 * afterwards ({@link #runQuietStretches}), with the same results.
 */
final class EngineRun {
    /** Bars between two feeds of the curve statistics: their points are then still in the nearest caches. */
    private static final int STATISTICS_BLOCK = 4096;
    private final PreparedRun prepared;
    private final SymbolData[] data;
    private final Schedule schedule;
    private final SignalLogic logic;
    private final int warmup;
    private final Account account;
    private final TradeLedger ledger;
    private final Cursor window;
    private final OrderBook book;
    private final OrderEvents events;
    private final OrderRouter router;
    private final FillSimulator fills;
    private final CorporateActionApplier actions;
    private final Accrual accrual;
    private final PeakEquity peak = new PeakEquity();
    /** Return moments and drawdown of the recorded points, fed block by block while the points are in cache. */
    private final EquityStatistics curveStats;
    /** Points already fed to {@link #curveStats}. */
    private int statisticsPoints;
    private final RunTotals totals = new RunTotals();
    /** Which bars each symbol needs {@link #attend}. */
    private final Attention attention;
    /** {@link Attention#wake}: the first bar from which each symbol is attended on every bar. */
    private final int[] wake;
    private final AccountView view;
    private final Journal journal;
    private final ProtectiveExits exits;
    /** True when an exit rule trails: open positions then have their stop reviewed at every close. */
    private final boolean trailing;
    /** Watching risk rules and rebalancing; null when the strategy has neither. */
    private final PortfolioRules portfolioRules;

    private final double[] pointEquity;
    private final double[] pointCash;
    private int points;
    /** What {@link SymbolData#warm} read, kept only so that the JIT cannot drop the reads. */
    private long warmth;
    private int investedPoints;

    /** True when a single symbol's quiet stretches are recorded in one pass ({@link #runQuietStretches}). */
    private final boolean quietStretches;

    /**
     * @param quietStretches false visits every bar through {@link #bar}, the reference the one-pass
     *                       recording of quiet stretches is tested against
     */
    EngineRun(PreparedRun prepared, boolean quietStretches) {
        this.prepared = prepared;
        this.quietStretches = quietStretches;
        Strategy strategy = prepared.strategy();
        Backtest settings = prepared.settings();
        this.data = prepared.data();
        this.schedule = prepared.schedule();
        this.logic = strategy.signalLogic();
        this.warmup = strategy.warmupBars();
        int symbols = data.length;
        this.account = new Account(settings.initialCapital(), symbols);
        boolean full = settings.recording() == Recording.FULL;
        this.ledger = new TradeLedger(data, strategy.series(), full);
        this.window = new Cursor(strategy.handleOwner(), account);
        this.journal = new Journal(settings.journal(), strategy.name());
        long[] pointTimes = schedule.pointTimes;
        this.curveStats = new EquityStatistics(MetricsCalculator.riskFreePerBar(pointTimes.length, pointTimes[0],
                pointTimes[pointTimes.length - 1], settings.riskFreeRate()));
        this.events = new OrderEvents(strategy.name(), data, journal, full);
        this.book = new OrderBook(symbols, events);
        boolean marketOnSignalBar = strategy.fillModel().fillsOnSignalBar();
        OrderFactory factory = new OrderFactory(data, events, marketOnSignalBar);
        this.view = new AccountView(account, data, prepared.symbolIndex(), book, peak, settings.initialCapital(),
                new Cursor(strategy.handleOwner(), account));
        List<RiskRule> runRules = new ArrayList<>();
        for (RiskRule rule : strategy.riskRules()) {
            runRules.add(rule.forRun());
        }
        this.exits = new ProtectiveExits(runRules, account, book, factory, ledger, journal,
                new Cursor(strategy.handleOwner(), account));
        this.trailing = exits.trails();
        EntrySizing sizing = new EntrySizing(strategy, account, view, ledger.closed(), runRules, journal);
        this.router = new OrderRouter(account, book, factory, events, sizing, strategy.entryOrders(), logic, ledger,
                exits, journal, full);
        FillCosts costs = new FillCosts(strategy.slippage(), strategy.commission().newRunState(),
                new Cursor(strategy.handleOwner(), account));
        BuyingPower buyingPower = new BuyingPower(account, settings.maxLeverage(),
                settings.financing().shortInitialMargin(), strategy.fractionalShares());
        this.fills = new FillSimulator(account, book, ledger, events, factory, costs, buyingPower,
                settings.insufficientFunds(), strategy.fillModel(), new Cursor(strategy.handleOwner(), account),
                strategy.intrabarPriority(), strategy.volumeLimit(), strategy.fractionalShares(), peak, totals, exits,
                journal, view);
        this.portfolioRules = PortfolioRules.of(sizing, data, account, book, factory, ledger, view, journal,
                new Cursor(strategy.handleOwner(), account));
        this.actions = new CorporateActionApplier(prepared.actions(), account, book, ledger, totals);
        this.accrual = settings.financing().accrues() ? new Accrual(settings.financing(), account, ledger, totals) : null;
        this.attention = new Attention(book, ledger, actions, symbols);
        this.wake = attention.wake;
        this.pointEquity = new double[schedule.points];
        this.pointCash = new double[schedule.points];
    }

    /** Runs every bar and returns the raw outcome. */
    Outcome execute(RunListener listener) {
        int total = schedule.size();
        String name = prepared.strategy().name();
        int step = Math.max(1, total / 20);
        listener.onStart(new RunProgress(name, 0, total));
        // progress is reported between chunks of at most 5% of the bars, keeping the check off every bar
        for (int from = 0; from < total; from += step) {
            int to = Math.min(total, from + step);
            for (int block = from; block < to; block += STATISTICS_BLOCK) {
                int end = Math.min(to, block + STATISTICS_BLOCK);
                if (data.length == 1) {
                    runSingleSymbol(block, end);
                } else {
                    runSchedule(block, end);
                }
                curveStats.add(schedule.pointTimes, pointEquity, statisticsPoints, points);
                statisticsPoints = points;
            }
            if (to < total) {
                listener.onProgress(new RunProgress(name, to, total));
            }
        }
        finishAtEnd();
        List<Trade> trades = ledger.trades();
        EquityCurve curve = EquityCurve.ofOwnedArrays(schedule.pointTimes, pointEquity, pointCash);
        double exposure = points == 0 ? 0 : (double) investedPoints / points;
        return new Outcome(curve, curveStats, trades, exposure, total, events.freeze(), totals.cashFlows(),
                totals.sameBarFill, journal.freeze());
    }

    /** One symbol: schedule position and bar index coincide, and every bar ends its time. */
    private void runSingleSymbol(int from, int to) {
        SymbolData d = data[0];
        long[] times = d.times;
        if (quietStretches && accrual == null && !trailing && portfolioRules == null) {
            runQuietStretches(d, from, to);
        } else if (accrual == null) {
            for (int i = from; i < to; i++) {
                bar(0, d, i);
                record();
            }
        } else {
            for (int i = from; i < to; i++) {
                accrual.accrue(times[i]);
                bar(0, d, i);
                record();
            }
        }
    }

    /**
     * One symbol whose account only changes when orders fill: between two bars that need the fill
     * simulator, cash and position stay put until the signal logic decides something, so the loop
     * only marks and asks the logic, and the stretch's equity points are written afterwards in one
     * pass. A position held with a stop or target stays quiet until a bar's range reaches one of them
     * ({@link Attention}). The order of work per bar is that of {@link #bar}, so results are identical.
     */
    private void runQuietStretches(SymbolData d, int from, int to) {
        double[] close = d.close;
        int i = from;
        while (i < to) {
            if (needsFills(0, d, i)) {
                bar(0, d, i);
                record();
                i++;
                continue;
            }
            int quietFrom = i;
            Signal signal = Signal.NONE;
            // nothing fills or is decided inside the stretch, so what wakes the symbol stays put
            int quietEnd = Math.min(to, wake[0]);
            boolean watching = attention.watching;
            window.moveTo(d, 0, i);
            for (; i < quietEnd && !(watching && attention.reached(0, d, i)); i++) {
                account.mark(0, close[i]);
                if ((i & 7) == 0) {
                    warmth ^= d.warm(i);
                }
                if (i >= warmup) {
                    window.at(i);
                    signal = logic.evaluate(window);
                    if (signal != Signal.NONE) {
                        break;
                    }
                }
            }
            recordStretch(close, quietFrom, i);
            if (signal != Signal.NONE) {
                decide(0, d, i, signal);
                record();
                i++;
            }
        }
    }

    /** Whether bar {@code i} of symbol {@code s} needs the fill simulator ({@link Attention}). */
    private boolean needsFills(int s, SymbolData d, int i) {
        return i >= wake[s] || (attention.watching && attention.reached(s, d, i));
    }

    /** Records the points of bars {@code from} to {@code to} (exclusive) of a single symbol, during which nothing filled. */
    private void recordStretch(double[] close, int from, int to) {
        if (from >= to) {
            return;
        }
        double cash = account.cash();
        int p = points;
        int count = to - from;
        double highest;
        if (account.hasOpenPosition()) {
            // the same sum as Account.equity(), so the points are identical to recording bar by bar
            double shares = account.position(0);
            highest = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                double equity = cash + shares * close[from + k];
                pointEquity[p + k] = equity;
                highest = equity > highest ? equity : highest;
            }
            investedPoints += count;
        } else {
            Arrays.fill(pointEquity, p, p + count, cash);
            highest = cash;
        }
        Arrays.fill(pointCash, p, p + count, cash);
        points = p + count;
        peak.points(highest, pointEquity[p + count - 1]);
    }

    /** Several symbols: visit bars in schedule order, record once per distinct time. */
    private void runSchedule(int from, int to) {
        int[] symbolAt = schedule.symbol;
        int[] barAt = schedule.bar;
        boolean[] endsTime = schedule.endsTime;
        for (int e = from; e < to; e++) {
            int s = symbolAt[e];
            int i = barAt[e];
            SymbolData d = data[s];
            if (accrual != null && (e == 0 || endsTime[e - 1])) {
                accrual.accrue(d.times[i]);
            }
            bar(s, d, i);
            if (endsTime[e]) {
                record();
            }
        }
    }

    /** Steps 2 to 4 of the temporal contract for bar {@code i} of symbol {@code s}. */
    private void bar(int s, SymbolData d, int i) {
        if (needsFills(s, d, i)) {
            attend(s, d, i);
        }
        account.mark(s, d.close[i]);
        if ((i & 7) == 0) {
            warmth ^= d.warm(i);
        }
        if (trailing && ledger.isOpen(s)) {
            exits.trail(s, d, i);
            attention.review(s, i);
        }
        if (i >= warmup) {
            window.moveTo(d, s, i);
            Signal signal = logic.evaluate(window);
            if (signal != Signal.NONE) {
                decide(s, d, i, signal);
            }
        }
    }

    private void attend(int s, SymbolData d, int i) {
        actions.applyDue(s, i);
        fills.onBar(s, d, i, false);
        attention.review(s, i);
    }

    private void decide(int s, SymbolData d, int i, Signal signal) {
        if (signal == null) {
            throw new IllegalStateException("signal logic of " + prepared.strategy().name() + " returned null for "
                    + d.symbol + " at bar " + i + "; return Signal.NONE to keep the position");
        }
        view.at(d.times[i]);
        router.route(s, d, i, signal, window);
        if (fillsNow(s, i)) {
            fills.onBar(s, d, i, true);
        }
        attention.review(s, i);
    }

    /** True when an order decided at this close fills at it (market-on-close, same-bar fill model). */
    private boolean fillsNow(int s, int i) {
        WorkingOrder exit = book.exit(s);
        WorkingOrder entry = book.entry(s);
        return (exit != null && exit.firstBar == i) || (entry != null && entry.firstBar == i);
    }

    /** Result of the loop before metrics. */
    record Outcome(EquityCurve equity, EquityStatistics equityStatistics, List<Trade> trades, double exposure,
                   long barsProcessed, List<OrderEvent> orders, CashFlows cashFlows, boolean sameBarFills,
                   DecisionJournal journal) {
    }

    /** Records the equity point of the bar time just finished; its time is {@link Schedule#pointTimes}. */
    private void record() {
        int p = points++;
        double equity = account.equity();
        pointEquity[p] = equity;
        pointCash[p] = account.cash();
        peak.point(equity);
        investedPoints += account.hasOpenPosition() ? 1 : 0;
        if (portfolioRules != null && portfolioRules.atTimeEnd(schedule.pointTimes[p])) {
            // orders were placed for any symbol: each is attended at its next bar, which reviews it
            attention.everySymbol();
        }
    }

    private void finishAtEnd() {
        for (int s = 0; s < data.length; s++) {
            int last = data[s].size() - 1;
            if (last >= 0) {
                book.cancelAllAtEnd(s, last);
            }
            if (ledger.isOpen(s)) {
                ledger.closeAtEnd(s);
            }
        }
    }
}
