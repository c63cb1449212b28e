package dev.backtester.core.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import java.util.HashMap;
import java.util.Map;

/** A data window at the last bar of a close series, with optional indicator columns by slot. */
final class TestWindow implements DataWindow {
    private final String symbol;
    private final double[] close;
    private final Map<Integer, double[]> columns = new HashMap<>();

    TestWindow(String symbol, double... close) {
        this.symbol = symbol;
        this.close = close.clone();
    }

    /** Adds the values of {@code series}, aligned with the closes. */
    TestWindow with(Series series, double... values) {
        columns.put(series.slot(), values.clone());
        return this;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public int bar() {
        return close.length - 1;
    }

    @Override
    public long time(int barsAgo) {
        return 1_000L * (bar() - barsAgo);
    }

    @Override
    public double value(Series series, int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo must be >= 0");
        }
        int i = bar() - barsAgo;
        if (i < 0) {
            return Double.NaN;
        }
        if (series == Series.CLOSE) {
            return close[i];
        }
        double[] values = columns.get(series.slot());
        if (values == null) {
            throw new IllegalArgumentException("no column " + series);
        }
        return values[i];
    }

    @Override
    public double position() {
        return 0;
    }

    @Override
    public double equity() {
        return 0;
    }

    @Override
    public double cash() {
        return 0;
    }
}
