package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Arrays;
import java.util.List;

/**
 * Growable bar columns for code that produces bars one at a time (resampling, repairs, decoding, reading
 * files and databases), so it need not guess the final size. Appending never allocates except when the
 * capacity doubles (and once for the first adjusted close). Not thread-safe.
 */
public final class BarSeriesBuilder {

    private int size;
    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    /** Adjusted closes, NaN where a bar has none; null until a bar comes with one. */
    private double[] adjustedClose;
    /** Bars added with an adjusted close. */
    private int adjustedBars;

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
        int i = append(time, o, h, l, c, v);
        if (adjustedClose != null) {
            adjustedClose[i] = Double.NaN;
        }
    }

    /**
     * Appends one bar with its adjusted close, NaN when it has none; {@link #build} gives the series an
     * adjusted-close column only when every bar has one.
     */
    public void add(long time, double o, double h, double l, double c, double v, double adjusted) {
        int i = append(time, o, h, l, c, v);
        if (!Double.isNaN(adjusted)) {
            if (adjustedClose == null) {
                adjustedClose = new double[times.length];
                Arrays.fill(adjustedClose, 0, i, Double.NaN);
            }
            adjustedBars++;
        }
        if (adjustedClose != null) {
            adjustedClose[i] = adjusted;
        }
    }

    /** Stores the bar at the end, growing the columns when full; returns its index. */
    private int append(long time, double o, double h, double l, double c, double v) {
        if (size == times.length) {
            int capacity = 2 * size;
            times = Arrays.copyOf(times, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
            if (adjustedClose != null) {
                adjustedClose = Arrays.copyOf(adjustedClose, capacity);
            }
        }
        int i = size;
        times[i] = time;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
        size++;
        return i;
    }

    /** Removes every bar but keeps the capacity, so that the builder can collect the next series. */
    public void clear() {
        size = 0;
        adjustedBars = 0;
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
     * The bars added so far as a series of {@code symbol}, with an adjusted-close column when every bar
     * had one.
     *
     * @throws IllegalArgumentException if the times are not strictly increasing
     */
    public BarSeries build(String symbol) {
        return new BarSeries(symbol, Arrays.copyOf(times, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size),
                size > 0 && adjustedBars == size ? Arrays.copyOf(adjustedClose, size) : null);
    }

    /** The {@link BarValidator} rules over the bars added so far. */
    List<BarIssue> validate() {
        return BarValidator.validate(Arrays.copyOf(times, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }

    /**
     * The bars not marked in {@code rejected} as a series of {@code symbol}. Unlike {@link #build}, the
     * series has an adjusted-close column (NaN where a bar had none) as soon as any bar added had one: a
     * file's adjusted-close column is kept even when some of its cells read NaN.
     *
     * @throws IllegalArgumentException if the kept times are not strictly increasing
     */
    BarSeries buildKept(String symbol, boolean[] rejected) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!rejected[i]) {
                kept++;
            }
        }
        long[] t = new long[kept];
        double[] o = new double[kept];
        double[] h = new double[kept];
        double[] l = new double[kept];
        double[] c = new double[kept];
        double[] v = new double[kept];
        double[] a = adjustedBars > 0 ? new double[kept] : null;
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!rejected[i]) {
                t[k] = times[i];
                o[k] = open[i];
                h[k] = high[i];
                l[k] = low[i];
                c[k] = close[i];
                v[k] = volume[i];
                if (a != null) {
                    a[k] = adjustedClose[i];
                }
                k++;
            }
        }
        return new BarSeries(symbol, t, o, h, l, c, v, a);
    }
}
