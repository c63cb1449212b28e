package dev.backtester.api.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bars of one symbol at one timeframe, as immutable column arrays.
 *
 * <p>Times are UTC epoch milliseconds of each bar's END, strictly increasing. The constructor
 * copies the arrays it is given, and every array accessor returns a copy, so a series can be
 * shared freely between threads and runs. Element accessors ({@link #close(int)} ...) read
 * without copying and are what hot loops use.
 */
public final class BarSeries {
    private final String symbol;
    private final long[] times;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final double[] adjustedClose;

    /**
     * Creates a series from column arrays (copied).
     *
     * @throws IllegalArgumentException if the arrays differ in length or times are not strictly increasing
     */
    public BarSeries(String symbol, long[] times, double[] open, double[] high, double[] low,
                     double[] close, double[] volume) {
        this(symbol, times, open, high, low, close, volume, null);
    }

    /**
     * Creates a series with an adjusted-close column (copied; null for none), e.g. Yahoo's
     * {@code Adj Close}: the close adjusted for dividends (and splits) after the bar.
     *
     * @throws IllegalArgumentException if the arrays differ in length or times are not strictly increasing
     */
    public BarSeries(String symbol, long[] times, double[] open, double[] high, double[] low,
                     double[] close, double[] volume, double[] adjustedClose) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        int n = times.length;
        requireLength("open", open, n, symbol);
        requireLength("high", high, n, symbol);
        requireLength("low", low, n, symbol);
        requireLength("close", close, n, symbol);
        requireLength("volume", volume, n, symbol);
        if (adjustedClose != null) {
            requireLength("adjusted close", adjustedClose, n, symbol);
        }
        for (int i = 1; i < n; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("bar times of " + symbol + " must be strictly increasing: bar "
                        + i + " has time " + times[i] + " after " + times[i - 1]);
            }
        }
        this.times = times.clone();
        this.open = open.clone();
        this.high = high.clone();
        this.low = low.clone();
        this.close = close.clone();
        this.volume = volume.clone();
        this.adjustedClose = adjustedClose == null ? null : adjustedClose.clone();
    }

    private static void requireLength(String column, double[] values, int n, String symbol) {
        if (values.length != n) {
            throw new IllegalArgumentException("column " + column + " of " + symbol + " has " + values.length
                    + " values but there are " + n + " bar times");
        }
    }

    /** The symbol these bars belong to. */
    public String symbol() { return symbol; }

    /** Number of bars. */
    public int size() { return times.length; }

    /** Bar-end time of bar {@code i}, UTC epoch milliseconds. */
    public long time(int i) { return times[i]; }

    /** Open of bar {@code i}. */
    public double open(int i) { return open[i]; }

    /** High of bar {@code i}. */
    public double high(int i) { return high[i]; }

    /** Low of bar {@code i}. */
    public double low(int i) { return low[i]; }

    /** Close of bar {@code i}. */
    public double close(int i) { return close[i]; }

    /** Volume of bar {@code i}. */
    public double volume(int i) { return volume[i]; }

    /** True when the series has an adjusted-close column. */
    public boolean hasAdjustedClose() { return adjustedClose != null; }

    /**
     * Adjusted close of bar {@code i}.
     *
     * @throws IllegalStateException when the series has no adjusted-close column
     */
    public double adjustedClose(int i) {
        if (adjustedClose == null) {
            throw new IllegalStateException(symbol + " has no adjusted-close column");
        }
        return adjustedClose[i];
    }

    /** This series with {@code values} as its adjusted-close column (null removes it). */
    public BarSeries withAdjustedClose(double[] values) {
        return new BarSeries(symbol, times, open, high, low, close, volume, values);
    }

    /** Value of {@code field} at bar {@code i}. */
    public double value(PriceField field, int i) {
        return switch (field) {
            case OPEN -> open[i];
            case HIGH -> high[i];
            case LOW -> low[i];
            case CLOSE -> close[i];
            case VOLUME -> volume[i];
        };
    }

    /** A copy of the bar-end times. */
    public long[] times() { return times.clone(); }

    /** A copy of one price column. */
    public double[] column(PriceField field) {
        return switch (field) {
            case OPEN -> open.clone();
            case HIGH -> high.clone();
            case LOW -> low.clone();
            case CLOSE -> close.clone();
            case VOLUME -> volume.clone();
        };
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive) as a new series. */
    public BarSeries slice(int from, int to) {
        return new BarSeries(symbol, Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to),
                adjustedClose == null ? null : Arrays.copyOfRange(adjustedClose, from, to));
    }

    /** The first {@code n} bars; a prefix is exactly what a run could have seen at bar {@code n - 1}. */
    public BarSeries prefix(int n) { return slice(0, n); }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarSeries other && symbol.equals(other.symbol) && Arrays.equals(times, other.times)
                && Arrays.equals(open, other.open) && Arrays.equals(high, other.high)
                && Arrays.equals(low, other.low) && Arrays.equals(close, other.close)
                && Arrays.equals(volume, other.volume) && Arrays.equals(adjustedClose, other.adjustedClose);
    }

    @Override
    public int hashCode() { return 31 * symbol.hashCode() + Arrays.hashCode(close); }

    @Override
    public String toString() {
        return "BarSeries[" + symbol + ", " + size() + " bars]";
    }
}
