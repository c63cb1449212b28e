package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.PortfolioView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link PortfolioView} risk rules and sizers see: a read-only face of the run's account, its
 * protective stops and every symbol's latest bar. The engine points it at each decision's time.
 */
final class AccountView implements PortfolioView {
    private final Account account;
    private final SymbolData[] data;
    private final OrderBook book;
    private final PeakEquity peak;
    private final double initialCapital;
    private final Cursor other;
    /** Symbol to its index in {@code data}. */
    private final Map<String, Integer> index;
    private long time;

    AccountView(Account account, SymbolData[] data, Map<String, Integer> index, OrderBook book, PeakEquity peak,
                double initialCapital, Cursor other) {
        this.account = account;
        this.data = data;
        this.book = book;
        this.peak = peak;
        this.initialCapital = initialCapital;
        this.other = other;
        this.index = index;
    }

    /** Sets the decision time the view reports. */
    void at(long decisionTime) {
        this.time = decisionTime;
    }

    @Override
    public long time() {
        return time;
    }

    @Override
    public double equity() {
        return account.equity();
    }

    @Override
    public double cash() {
        return account.cash();
    }

    @Override
    public double peakEquity() {
        double highest = peak.peak();
        return Double.isNaN(highest) ? initialCapital : highest;
    }

    @Override
    public double position(String symbol) {
        Integer s = index.get(symbol);
        return s == null ? 0 : account.position(s);
    }

    @Override
    public double marketValue(String symbol) {
        Integer s = index.get(symbol);
        return s == null ? 0 : value(s);
    }

    private double value(int s) {
        return account.position(s) == 0 ? 0 : account.position(s) * account.lastClose(s);
    }

    @Override
    public double grossExposure() {
        return account.grossExposureExcept(-1);
    }

    @Override
    public double netExposure() {
        return account.netExposure();
    }

    @Override
    public List<String> holdings() {
        List<String> held = new ArrayList<>();
        for (int s = 0; s < data.length; s++) {
            if (account.position(s) != 0) {
                held.add(data[s].symbol);
            }
        }
        return held;
    }

    @Override
    public double stopPrice(String symbol) {
        Integer s = index.get(symbol);
        return s == null ? Double.NaN : stop(s);
    }

    private double stop(int s) {
        WorkingOrder leg = book.stopLeg(s);
        return account.position(s) == 0 || leg == null ? Double.NaN : leg.stop;
    }

    @Override
    public double openRisk(String symbol) {
        Integer s = index.get(symbol);
        return s == null ? 0 : risk(s);
    }

    /** Shares times the distance from the latest close to the stop, or the whole value without a stop. */
    double risk(int s) {
        double shares = account.position(s);
        if (shares == 0) {
            return 0;
        }
        double stop = stop(s);
        double close = account.lastClose(s);
        if (Double.isNaN(stop)) {
            return Math.abs(shares * close);
        }
        return Math.max(0.0, shares * (close - stop));
    }

    @Override
    public double heat() {
        double equity = account.equity();
        if (!(equity > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double risk = 0;
        for (int s = 0; s < data.length; s++) {
            risk += risk(s);
        }
        return risk / equity;
    }

    /** The last bar of symbol {@code s} ending at or before {@code at}; -1 when none. */
    int latestBar(int s, long at) {
        // bars ending at the decision time are complete; a later one would be the future
        int found = Arrays.binarySearch(data[s].times, at);
        return found >= 0 ? found : -found - 2;
    }

    @Override
    public DataWindow window(String symbol) {
        Integer s = index.get(symbol);
        if (s == null) {
            return null;
        }
        int bar = latestBar(s, time);
        if (bar < 0) {
            return null;
        }
        other.moveTo(data[s], s, bar);
        return other;
    }
}
