package dev.backtester.core.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.api.sizing.TradeHistory;
import dev.backtester.core.testing.TestWindow;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sizing context of given figures; keeps what the sizer explains. */
final class TestContext implements SizingContext {
    DataWindow window = TestWindow.closes("T", 100);
    Direction direction = Direction.LONG;
    double equity = 100_000;
    double price = 100;
    double stop = Double.NaN;
    TradeHistory history = TestHistory.EMPTY;
    PortfolioView portfolio;
    final Map<String, Double> explained = new LinkedHashMap<>();

    static TestContext of(double equity, double price) {
        TestContext c = new TestContext();
        c.equity = equity;
        c.price = price;
        c.portfolio = new TestPortfolio(equity);
        return c;
    }

    TestContext stop(double stop) {
        this.stop = stop;
        return this;
    }

    TestContext history(TradeHistory history) {
        this.history = history;
        return this;
    }

    TestContext window(DataWindow window) {
        this.window = window;
        return this;
    }

    TestContext portfolio(PortfolioView portfolio) {
        this.portfolio = portfolio;
        return this;
    }

    TestContext direction(Direction direction) {
        this.direction = direction;
        return this;
    }

    /** The figure explained under {@code key}; fails when none was. */
    double explained(String key) {
        Double value = explained.get(key);
        if (value == null) {
            throw new AssertionError("nothing explained under " + key + "; explained: " + explained);
        }
        return value;
    }

    @Override
    public DataWindow window() {
        return window;
    }

    @Override
    public Direction direction() {
        return direction;
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
    public double price() {
        return price;
    }

    @Override
    public double stopPrice() {
        return stop;
    }

    @Override
    public TradeHistory history() {
        return history;
    }

    @Override
    public PortfolioView portfolio() {
        return portfolio;
    }

    @Override
    public void explain(String key, double value) {
        explained.put(key, value);
    }
}
