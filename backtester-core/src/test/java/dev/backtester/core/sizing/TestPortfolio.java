package dev.backtester.core.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.PortfolioView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A portfolio of given positions and windows; counts window reads. */
final class TestPortfolio implements PortfolioView {
    private final Map<String, Double> positions = new LinkedHashMap<>();
    private final Map<String, DataWindow> windows = new HashMap<>();
    private final double equity;
    long time = 1_000;
    int windowReads;

    TestPortfolio(double equity) {
        this.equity = equity;
    }

    /** Holds {@code shares} (signed) of {@code window}'s symbol. */
    TestPortfolio hold(DataWindow window, double shares) {
        positions.put(window.symbol(), shares);
        windows.put(window.symbol(), window);
        return this;
    }

    /** Makes {@code window}'s symbol part of the run without holding it. */
    TestPortfolio known(DataWindow window) {
        windows.put(window.symbol(), window);
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
        return equity;
    }

    @Override
    public double peakEquity() {
        return equity;
    }

    @Override
    public double position(String symbol) {
        return positions.getOrDefault(symbol, 0.0);
    }

    @Override
    public double marketValue(String symbol) {
        DataWindow w = windows.get(symbol);
        return w == null ? 0 : position(symbol) * w.close();
    }

    @Override
    public double grossExposure() {
        return positions.keySet().stream().mapToDouble(s -> Math.abs(marketValue(s))).sum();
    }

    @Override
    public double netExposure() {
        return positions.keySet().stream().mapToDouble(this::marketValue).sum();
    }

    @Override
    public List<String> holdings() {
        return new ArrayList<>(positions.keySet());
    }

    @Override
    public double stopPrice(String symbol) {
        return Double.NaN;
    }

    @Override
    public double openRisk(String symbol) {
        return Math.abs(marketValue(symbol));
    }

    @Override
    public double heat() {
        return grossExposure() / equity;
    }

    @Override
    public DataWindow window(String symbol) {
        windowReads++;
        return windows.get(symbol);
    }
}
