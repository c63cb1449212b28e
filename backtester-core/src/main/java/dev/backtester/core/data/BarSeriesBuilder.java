package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Arrays;

/**
 * Growable bar columns for code that produces bars one at a time (resampling, repairs, decoding), so it
 * need not guess the final size. Appending never allocates except when the capacity doubles. Not
 * thread-safe.
 */
public final class BarSeriesBuilder {

    private int size;
    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;

    /** A builder with room for {@code initialCapacity} bars before it grows. */
    public BarSeriesBuilder(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    /** Appends one bar; the time is not checked here but by {@link #build}. */
    public void add(long time, double o, double h, double l, double c, double v) {
        if (size == times.length) {
            int capacity = 2 * size;
            times = Arrays.copyOf(times, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }
        times[size] = time;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    /** Number of bars added. */
    public int size() {
        return size;
    }

    /** Time of bar {@code i}. */
    public long time(int i) {
        return times[checked(i)];
    }

    /** Close of bar {@code i}. */
    public double close(int i) {
        return close[checked(i)];
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("bar " + i + " of " + size);
        }
        return i;
    }

    /**
     * The bars added so far as a series of {@code symbol}.
     *
     * @throws IllegalArgumentException if the times are not strictly increasing
     */
    public BarSeries build(String symbol) {
        return new BarSeries(symbol, Arrays.copyOf(times, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }
}
