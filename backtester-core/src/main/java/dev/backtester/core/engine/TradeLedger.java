package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.Series;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.Trade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open trades per symbol and the list of finished trades. */
final class TradeLedger {
    private final SymbolData[] data;
    /** Column slot of each declared series, in order, for the entry signal's values. */
    private final int[] slots;
    private final List<String> seriesNames;
    /** The declared series' values at a decision bar, before {@link EntrySignal} copies them. */
    private final double[] signalValues;
    private final OpenTrade[] open;
    /** One reusable holder per symbol: its trades never overlap. */
    private final OpenTrade[] holders;
    private final List<Trade> trades = new ArrayList<>();
    private final ClosedTrades closed = new ClosedTrades();
    /** False for a {@link Recording#SUMMARY summary} run: no excursions, no series values at entry. */
    private final boolean attribution;
    /** A summary's last entry signal: the rule alone, shared by the trades of that rule (it is immutable). */
    private EntrySignal ruleOnly = EntrySignal.NONE;

    TradeLedger(SymbolData[] data, List<Series> series, boolean attribution) {
        this.data = data;
        this.attribution = attribution;
        this.slots = new int[series.size()];
        this.signalValues = new double[slots.length];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = series.get(k).slot();
        }
        List<String> names = new ArrayList<>();
        for (Series one : series) {
            names.add(one.name());
        }
        this.seriesNames = List.copyOf(names);
        this.open = new OpenTrade[data.length];
        this.holders = new OpenTrade[data.length];
    }

    boolean isOpen(int s) {
        return open[s] != null;
    }

    OpenTrade get(int s) {
        return open[s];
    }

    /** Starts the trade opened by an entry's first fill. */
    OpenTrade open(int s, long id, Direction side, EntryPlan plan, int bar, double equity, double othersGross,
                   double drawdown) {
        SymbolData d = data[s];
        OpenTrade t = holders[s];
        if (t == null) {
            t = new OpenTrade();
            holders[s] = t;
        }
        t.start(id, side, plan, bar, d.times[bar], d.volume[bar], equity, othersGross, drawdown);
        open[s] = t;
        return t;
    }

    void entryFill(int s, double shares, double price, double fee, double slip, double impact, double quality) {
        OpenTrade t = open[s];
        t.entryShares += shares;
        t.entryValue += shares * price;
        t.addFillCosts(fee, slip, impact, quality, shares);
    }

    void exitFill(int s, int bar, double shares, double price, double fee, double slip, double impact, double quality) {
        OpenTrade t = open[s];
        t.exitShares += shares;
        t.exitValue += shares * price;
        t.exitBar = bar;
        t.exitTime = data[s].times[bar];
        t.addFillCosts(fee, slip, impact, quality, shares);
    }

    void borrowFee(int s, double fee) {
        open[s].borrow += fee;
    }

    void dividend(int s, double amount) {
        open[s].dividends += amount;
    }

    void split(int s, double ratio, int bar) {
        SymbolData d = data[s];
        open[s].split(ratio, d.high, d.low, bar);
    }

    /** Finishes the trade of {@code s}: its position is flat again. */
    void close(int s, ExitReason reason) {
        OpenTrade t = open[s];
        double exitPrice = t.exitValue / t.exitShares;
        finish(s, t, t.exitBar, t.exitTime, exitPrice, reason, false);
    }

    /** Reports the still open trade of {@code s} valued at its last close. */
    void closeAtEnd(int s) {
        OpenTrade t = open[s];
        SymbolData d = data[s];
        int last = d.size() - 1;
        // shares still held are valued at the last close; parts already exited keep their prices
        double held = t.entryShares - t.exitShares;
        double exitPrice = (t.exitValue + held * d.close[last]) / t.entryShares;
        finish(s, t, last, d.times[last], exitPrice, ExitReason.END_OF_DATA, true);
    }

    private void finish(int s, OpenTrade t, int exitBar, long exitTime, double exitPrice, ExitReason reason,
                        boolean stillOpen) {
        SymbolData d = data[s];
        EntryPlan plan = t.plan;
        EntrySignal signal;
        double favorable;
        double adverse;
        if (attribution) {
            t.scanExcursions(d.high, d.low, exitBar);
            signal = entrySignal(d, plan);
            favorable = t.favorable;
            adverse = t.adverse;
        } else {
            signal = ruleOnly(plan.rule);
            favorable = Double.NaN;
            adverse = Double.NaN;
        }
        double entryPrice = t.entryPrice();
        double shares = t.entryShares;
        double gross = (exitPrice - entryPrice) * shares * t.direction.sign();
        double net = gross - t.commission - t.borrow + t.dividends;
        double entryValue = t.entryValue;
        double sizePct = t.equityAtEntry > 0 ? entryValue / t.equityAtEntry : Double.NaN;
        double heat = t.equityAtEntry > 0 ? (t.othersGrossAtEntry + entryValue) / t.equityAtEntry : Double.NaN;
        double quality = t.qualityShares > 0 ? t.qualityWeighted / t.qualityShares : Double.NaN;
        trades.add(new Trade(t.id, d.symbol, t.direction, t.entryTime, entryPrice, exitTime, exitPrice, shares, gross,
                net, t.commission, t.slippage, t.borrow, t.dividends, t.entryBar, exitBar, stillOpen, reason,
                signal, favorable, adverse, plan.regime, plan.regimeConfidence, plan.volatility,
                t.volumeAtEntry, sizePct, heat, t.drawdownAtEntry, quality, t.impact));
        open[s] = null;
        if (!stillOpen) {
            closed.add(net, entryValue, t.entryTime, exitTime);
        }
    }

    /** The closed trades so far, for sizers. */
    ClosedTrades closed() {
        return closed;
    }

    /** The entry signal of a summary run: the rule without values. */
    private EntrySignal ruleOnly(String rule) {
        if (!ruleOnly.rule().equals(rule)) {
            ruleOnly = new EntrySignal(rule, List.of(), new double[0]);
        }
        return ruleOnly;
    }

    /** The rule and every declared series' value at the decision bar, read from the signal columns. */
    private EntrySignal entrySignal(SymbolData d, EntryPlan plan) {
        // EntrySignal keeps its own copy, so one scratch array serves every trade
        double[] values = signalValues;
        double[][] columns = d.columns;
        int bar = plan.decisionBar;
        for (int k = 0; k < values.length; k++) {
            values[k] = columns[slots[k]][bar];
        }
        return new EntrySignal(plan.rule, seriesNames, values);
    }

    /**
     * All trades ordered by entry time, then symbol order. A single symbol's trades are already
     * in that order; a portfolio's are recorded at exit and need sorting.
     */
    List<Trade> trades() {
        List<Trade> sorted = new ArrayList<>(trades);
        Map<String, Integer> order = new HashMap<>();
        for (int s = 0; s < data.length; s++) {
            order.put(data[s].symbol, s);
        }
        Comparator<Trade> byEntry = Comparator.comparingLong(Trade::entryTime)
                .thenComparingInt(t -> order.get(t.symbol()));
        for (int k = 1; k < sorted.size(); k++) {
            if (byEntry.compare(sorted.get(k - 1), sorted.get(k)) > 0) {
                sorted.sort(byEntry);
                break;
            }
        }
        return sorted;
    }
}
