package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.PortfolioView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-built {@link PortfolioView}: equity, positions with closes and stops, windows by symbol. */
final class TestPortfolio implements PortfolioView {
    private record Holding(double shares, double close, double stop) {
    }

    private final Map<String, Holding> holdings = new LinkedHashMap<>();
    private final Map<String, DataWindow> windows = new LinkedHashMap<>();
    private double equity;
    private double peak;
    private long time;

    TestPortfolio(double equity) {
        this.equity = equity;
        this.peak = equity;
    }

    /** Holds {@code shares} (signed) of {@code symbol} at {@code close}, without a stop. */
    TestPortfolio hold(String symbol, double shares, double close) {
        return hold(symbol, shares, close, Double.NaN);
    }

    /** Holds {@code shares} (signed) of {@code symbol} at {@code close} with a stop. */
    TestPortfolio hold(String symbol, double shares, double close, double stop) {
        holdings.put(symbol, new Holding(shares, close, stop));
        return this;
    }

    TestPortfolio window(String symbol, DataWindow window) {
        windows.put(symbol, window);
        return this;
    }

    /** Moves to {@code newTime} with {@code newEquity}, the peak following it up as the engine's does. */
    TestPortfolio at(long newTime, double newEquity) {
        this.time = newTime;
        this.equity = newEquity;
        this.peak = Math.max(peak, newEquity);
        return this;
    }

    @Override
    public long time() {
        return time;
    }

    @Override
    public double equity() {
        return equity;
    }

    @Override
    public double cash() {
        return equity - netExposure();
    }

    @Override
    public double peakEquity() {
        return peak;
    }

    @Override
    public double position(String symbol) {
        Holding h = holdings.get(symbol);
        return h == null ? 0 : h.shares;
    }

    @Override
    public double marketValue(String symbol) {
        Holding h = holdings.get(symbol);
        return h == null ? 0 : h.shares * h.close;
    }

    @Override
    public double grossExposure() {
        double gross = 0;
        for (Holding h : holdings.values()) {
            gross += Math.abs(h.shares * h.close);
        }
        return gross;
    }

    @Override
    public double netExposure() {
        double net = 0;
        for (Holding h : holdings.values()) {
            net += h.shares * h.close;
        }
        return net;
    }

    @Override
    public List<String> holdings() {
        return new ArrayList<>(holdings.keySet());
    }

    @Override
    public double stopPrice(String symbol) {
        Holding h = holdings.get(symbol);
        return h == null ? Double.NaN : h.stop;
    }

    @Override
    public double openRisk(String symbol) {
        Holding h = holdings.get(symbol);
        if (h == null) {
            return 0;
        }
        return Double.isNaN(h.stop) ? Math.abs(h.shares * h.close) : Math.max(0.0, h.shares * (h.close - h.stop));
    }

    @Override
    public double heat() {
        double risk = 0;
        for (String symbol : holdings.keySet()) {
            risk += openRisk(symbol);
        }
        return risk / equity;
    }

    @Override
    public DataWindow window(String symbol) {
        return windows.get(symbol);
    }
}
