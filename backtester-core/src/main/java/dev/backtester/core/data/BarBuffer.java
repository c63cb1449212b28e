package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Arrays;

/**
 * Growable bar columns for rows read from a file, each remembering where in the text it came from so
 * that later problems can quote the line. Not thread-safe; one instance per parse.
 */
final class BarBuffer {

    private int size;
    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private double[] adjustedClose;
    private boolean hasAdjustedClose;
    private int[] lines;
    private int[] lineStarts;
    private int[] lineEnds;

    BarBuffer(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
        adjustedClose = new double[capacity];
        lines = new int[capacity];
        lineStarts = new int[capacity];
        lineEnds = new int[capacity];
    }

    /**
     * Appends a bar read from {@code line}, which spans {@code text[lineStart, lineEnd)}; {@code adj} is its
     * adjusted close, NaN when the file has none.
     */
    void add(long time, double o, double h, double l, double c, double v, double adj, int line, int lineStart,
             int lineEnd) {
        if (size == times.length) {
            grow();
        }
        times[size] = time;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        adjustedClose[size] = adj;
        hasAdjustedClose |= !Double.isNaN(adj);
        lines[size] = line;
        lineStarts[size] = lineStart;
        lineEnds[size] = lineEnd;
        size++;
    }

    int size() {
        return size;
    }

    /** Time of the last bar added, or {@link Long#MIN_VALUE} when there is none. */
    long lastTime() {
        return size == 0 ? Long.MIN_VALUE : times[size - 1];
    }

    /** 1-based line number bar {@code i} was read from. */
    int line(int i) {
        return lines[i];
    }

    int lineStart(int i) {
        return lineStarts[i];
    }

    int lineEnd(int i) {
        return lineEnds[i];
    }

    long[] times() {
        return Arrays.copyOf(times, size);
    }

    double[] open() {
        return Arrays.copyOf(open, size);
    }

    double[] high() {
        return Arrays.copyOf(high, size);
    }

    double[] low() {
        return Arrays.copyOf(low, size);
    }

    double[] close() {
        return Arrays.copyOf(close, size);
    }

    double[] volume() {
        return Arrays.copyOf(volume, size);
    }

    /** The bars not marked in {@code rejected}, as a series. */
    BarSeries toSeries(String symbol, boolean[] rejected) {
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
        double[] a = hasAdjustedClose ? new double[kept] : null;
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

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
        adjustedClose = Arrays.copyOf(adjustedClose, capacity);
        lines = Arrays.copyOf(lines, capacity);
        lineStarts = Arrays.copyOf(lineStarts, capacity);
        lineEnds = Arrays.copyOf(lineEnds, capacity);
    }
}
