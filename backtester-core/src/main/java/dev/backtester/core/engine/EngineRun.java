package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import dev.backtester.api.Strategy;
import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.SlippageModel;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.Trade;
import dev.backtester.api.run.RunListener;
import dev.backtester.api.run.RunProgress;
import java.util.List;

/**
 * One execution of a prepared run: the bar loop of the temporal contract and the state it
 * mutates. For each bar, in schedule order:
 * <ol>
 *   <li>an order decided at the previous bar's close fills at this bar (market: the open);</li>
 *   <li>the symbol is marked at this bar's close;</li>
 *   <li>signal logic sees the window at this bar; a change of target becomes an order for the
 *       next bar (or, with a same-bar fill model, fills at this bar's close);</li>
 *   <li>after the last symbol of a bar time, equity and cash are recorded.</li>
 * </ol>
 * All state is primitive arrays sized once; the loop allocates nothing per bar.
 */
final class EngineRun {
    private static final byte NO_ORDER = 0;
    private static final byte TARGET_FLAT = 1;
    private static final byte TARGET_LONG = 2;
    private static final byte TARGET_SHORT = 3;

    private final PreparedRun prepared;
    private final SymbolData[] data;
    private final Schedule schedule;
    private final SignalLogic logic;
    private final FillModel fillModel;
    private final boolean sameBarFills;
    private final CommissionModel commission;
    private final SlippageModel slippage;
    private final int warmup;
    private final double maxLeverage;
    private final Account account;
    private final TradeLedger ledger;
    private final Cursor window;
    private final Cursor decisionWindow;
    private final EntrySizing sizing;

    private final byte[] orderTarget;
    private final double[] orderShares;
    private final int[] orderBar;

    private final long[] pointTime;
    private final double[] pointEquity;
    private final double[] pointCash;
    private int points;
    private int investedPoints;

    EngineRun(PreparedRun prepared) {
        this.prepared = prepared;
        Strategy strategy = prepared.strategy();
        this.data = prepared.data();
        this.schedule = prepared.schedule();
        this.logic = strategy.signalLogic();
        this.fillModel = strategy.fillModel();
        this.sameBarFills = fillModel.fillsOnSignalBar();
        this.commission = strategy.commission();
        this.slippage = strategy.slippage();
        this.warmup = strategy.warmupBars();
        this.maxLeverage = prepared.settings().maxLeverage();
        int symbols = data.length;
        String[] names = new String[symbols];
        for (int s = 0; s < symbols; s++) {
            names[s] = data[s].symbol;
        }
        this.account = new Account(prepared.settings().initialCapital(), symbols);
        this.ledger = new TradeLedger(names);
        this.window = new Cursor(strategy.handleOwner(), account);
        this.decisionWindow = new Cursor(strategy.handleOwner(), account);
        this.sizing = new EntrySizing(strategy, account, new AccountView(account, names));
        this.orderTarget = new byte[symbols];
        this.orderShares = new double[symbols];
        this.orderBar = new int[symbols];
        this.pointTime = new long[schedule.points];
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
            if (data.length == 1) {
                runSingleSymbol(from, to);
            } else {
                runSchedule(from, to);
            }
            if (to < total) {
                listener.onProgress(new RunProgress(name, to, total));
            }
        }
        closeOpenTradesAtEnd();
        List<Trade> trades = ledger.trades();
        EquityCurve curve = EquityCurve.ofOwnedArrays(pointTime, pointEquity, pointCash);
        double exposure = points == 0 ? 0 : (double) investedPoints / points;
        return new Outcome(curve, trades, exposure, total);
    }

    /** One symbol: schedule position and bar index coincide, and every bar ends its time. */
    private void runSingleSymbol(int from, int to) {
        SymbolData d = data[0];
        long[] times = d.times;
        for (int i = from; i < to; i++) {
            bar(0, d, i);
            record(times[i]);
        }
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
            bar(s, d, i);
            if (endsTime[e]) {
                record(d.times[i]);
            }
        }
    }

    /** Steps 1 to 3 of the temporal contract for bar {@code i} of symbol {@code s}. */
    private void bar(int s, SymbolData d, int i) {
        if (orderTarget[s] != NO_ORDER) {
            fill(s, d, i);
        }
        account.mark(s, d.close[i]);
        if (i >= warmup) {
            window.moveTo(d, s, i);
            Signal signal = logic.evaluate(window);
            if (signal != Signal.NONE) {
                decide(s, d, i, signal);
                if (sameBarFills && orderTarget[s] != NO_ORDER) {
                    fill(s, d, i);
                }
            }
        }
    }

    /** Result of the loop before metrics. */
    record Outcome(EquityCurve equity, List<Trade> trades, double exposure, long barsProcessed) {
    }

    private void decide(int s, SymbolData d, int i, Signal signal) {
        if (signal == null) {
            throw new IllegalStateException("signal logic of " + prepared.strategy().name() + " returned null for "
                    + d.symbol + " at bar " + i + "; return Signal.NONE to keep the position");
        }
        double position = account.position(s);
        byte target;
        switch (signal) {
            case LONG -> {
                if (position > 0) {
                    return;
                }
                target = TARGET_LONG;
            }
            case SHORT -> {
                if (position < 0) {
                    return;
                }
                target = TARGET_SHORT;
            }
            case FLAT -> {
                if (position == 0) {
                    return;
                }
                target = TARGET_FLAT;
            }
            default -> {
                return;
            }
        }
        double shares = 0;
        if (target != TARGET_FLAT) {
            shares = sizing.shares(window, target == TARGET_LONG ? Direction.LONG : Direction.SHORT);
            if (shares == 0) {
                if (position == 0) {
                    return;
                }
                target = TARGET_FLAT;
            }
        }
        orderTarget[s] = target;
        orderShares[s] = shares;
        orderBar[s] = i;
    }

    private void fill(int s, SymbolData d, int i) {
        byte target = orderTarget[s];
        orderTarget[s] = NO_ORDER;
        window.moveTo(d, s, i);
        decisionWindow.moveTo(d, s, orderBar[s]);
        double price = fillModel.marketPrice(window);
        long time = d.times[i];
        double position = account.position(s);
        if (position != 0) {
            double qty = -position;
            double px = slipped(price, qty, d, s, i);
            double fee = commission.commission(Math.abs(qty), px);
            account.fill(s, qty, px, fee);
            ledger.close(s, i, time, px, fee, Math.abs(px - price) * Math.abs(qty), false);
        }
        if (target == TARGET_FLAT) {
            return;
        }
        Direction side = target == TARGET_LONG ? Direction.LONG : Direction.SHORT;
        double px = slipped(price, side.sign() * orderShares[s], d, s, i);
        double shares = affordable(s, orderShares[s], px, side);
        if (shares == 0) {
            return;
        }
        double fee = commission.commission(shares, px);
        account.fill(s, side.sign() * shares, px, fee);
        ledger.open(s, side, i, time, px, shares, fee, Math.abs(px - price) * shares);
    }

    private double slipped(double price, double signedShares, SymbolData d, int s, int i) {
        double px = price + Math.signum(signedShares) * slippage.slippagePerShare(price, signedShares, decisionWindow);
        if (!(px > 0) || Double.isInfinite(px)) {
            throw new IllegalStateException("cannot fill " + d.symbol + " at bar " + i + " (time " + d.times[i]
                    + "): fill price is " + px + "; validate the data before running");
        }
        return px;
    }

    /**
     * The largest share count up to {@code wanted} the account can carry: gross exposure stays
     * within maxLeverage * equity and, for a long, its cost stays within cash plus the margin
     * that leverage allows.
     */
    private double affordable(int s, double wanted, double px, Direction side) {
        double equity = account.equity();
        double room = maxLeverage * equity - account.grossExposureExcept(s);
        if (side == Direction.LONG) {
            room = Math.min(room, account.cash() + (maxLeverage - 1) * equity);
        }
        double shares = Math.min(wanted, sizing.round(room / px));
        for (int attempt = 0; attempt < 8 && shares > 0; attempt++) {
            double cost = shares * px + commission.commission(shares, px);
            if (cost <= room) {
                return shares;
            }
            shares = sizing.round(shares * room / cost * 0.999_999);
        }
        return 0;
    }

    private void record(long time) {
        int p = points++;
        pointTime[p] = time;
        pointEquity[p] = account.equity();
        pointCash[p] = account.cash();
        investedPoints += account.hasOpenPosition() ? 1 : 0;
    }

    private void closeOpenTradesAtEnd() {
        for (int s = 0; s < data.length; s++) {
            if (ledger.isOpen(s)) {
                int last = data[s].size() - 1;
                ledger.close(s, last, data[s].times[last], data[s].close[last], 0, 0, true);
            }
        }
    }
}
