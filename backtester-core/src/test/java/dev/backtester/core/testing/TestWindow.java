package dev.backtester.core.testing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import java.util.HashMap;
import java.util.Map;

/**
 * A hand-built {@link DataWindow} for tests of sizers, risk rules and regimes: bars given oldest
 * first, the current bar the last one; indicator values by series slot (NaN when not given).
 */
public final class TestWindow implements DataWindow {
    private final String symbol;
    private final long[] times;
    private final double[][] prices;
    private final Map<Integer, double[]> indicators = new HashMap<>();
    private double position;

    private TestWindow(String symbol, long[] times, double[] open, double[] high, double[] low, double[] close) {
        this.symbol = symbol;
        this.times = times;
        this.prices = new double[][] {open, high, low, close, new double[close.length]};
    }

    /** Bars with only closes (open = high = low = close), at times 1, 2, 3, ... */
    public static TestWindow closes(String symbol, double... close) {
        long[] times = new long[close.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = i + 1;
        }
        return new TestWindow(symbol, times, close, close, close, close);
    }

    /** Bars with closes at the given times. */
    public static TestWindow closesAt(String symbol, long[] times, double[] close) {
        return new TestWindow(symbol, times, close, close, close, close);
    }

    /** One bar with a high, a low and a close. */
    public static TestWindow bar(double high, double low, double close) {
        return new TestWindow("X", new long[] {1}, new double[] {close}, new double[] {high}, new double[] {low},
                new double[] {close});
    }

    /** Gives {@code series} these values (oldest first, aligned with the bars). */
    public TestWindow with(Series series, double... values) {
        indicators.put(series.slot(), values);
        return this;
    }

    public TestWindow position(double shares) {
        this.position = shares;
        return this;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public int bar() {
        return times.length - 1;
    }

    @Override
    public long time(int barsAgo) {
        return times[index(barsAgo)];
    }

    @Override
    public double value(Series series, int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo < 0");
        }
        int i = times.length - 1 - barsAgo;
        if (i < 0) {
            return Double.NaN;
        }
        double[] column = series.isPriceField() ? prices[series.slot()] : indicators.get(series.slot());
        return column == null ? Double.NaN : column[i];
    }

    private int index(int barsAgo) {
        int i = times.length - 1 - barsAgo;
        if (barsAgo < 0 || i < 0) {
            throw new IndexOutOfBoundsException("bar " + barsAgo + " ago");
        }
        return i;
    }

    @Override
    public double position() {
        return position;
    }

    @Override
    public double equity() {
        return Double.NaN;
    }

    @Override
    public double cash() {
        return Double.NaN;
    }
}
