package dev.backtester.timescale.prices;

import dev.backtester.api.data.BarSeries;
import java.util.Arrays;

/** Growable primitive columns that rows are streamed into before becoming a {@link BarSeries}. */
final class BarColumns {
    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private double[] adjustedClose;
    private boolean allAdjusted = true;
    private int size;

    BarColumns(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
        adjustedClose = new double[capacity];
    }

    /**
     * Appends a bar; {@code adjusted} is its adjusted close or NaN when the store has none, and
     * the series gets an adjusted-close column only when every bar has one.
     */
    void add(long time, double o, double h, double l, double c, double v, double adjusted) {
        if (size == times.length) {
            grow();
        }
        times[size] = time;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        adjustedClose[size] = adjusted;
        allAdjusted &= !Double.isNaN(adjusted);
        size++;
    }

    int size() {
        return size;
    }

    /** The rows so far as a series; the series copies the arrays, so this object can be reused after {@link #clear()}. */
    BarSeries toSeries(String symbol) {
        return new BarSeries(symbol, Arrays.copyOf(times, size), Arrays.copyOf(open, size),
                Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
                Arrays.copyOf(volume, size), allAdjusted && size > 0 ? Arrays.copyOf(adjustedClose, size) : null);
    }

    void clear() {
        size = 0;
        allAdjusted = true;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
        adjustedClose = Arrays.copyOf(adjustedClose, capacity);
    }
}
