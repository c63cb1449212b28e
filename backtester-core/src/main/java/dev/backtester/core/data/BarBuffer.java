package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Arrays;
import java.util.List;

/**
 * Bars read from a file, in a {@link BarSeriesBuilder}, each remembering where in the text it came from so
 * that later problems can quote the line. Not thread-safe; one instance per parse.
 */
final class BarBuffer {

    private final BarSeriesBuilder bars;
    private int[] lines;
    private int[] lineStarts;
    private int[] lineEnds;

    BarBuffer(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        bars = new BarSeriesBuilder(capacity);
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
        int i = bars.size();
        if (i == lines.length) {
            int capacity = 2 * i;
            lines = Arrays.copyOf(lines, capacity);
            lineStarts = Arrays.copyOf(lineStarts, capacity);
            lineEnds = Arrays.copyOf(lineEnds, capacity);
        }
        bars.add(time, o, h, l, c, v, adj);
        lines[i] = line;
        lineStarts[i] = lineStart;
        lineEnds[i] = lineEnd;
    }

    int size() {
        return bars.size();
    }

    /** Time of the last bar added, or {@link Long#MIN_VALUE} when there is none. */
    long lastTime() {
        int size = bars.size();
        return size == 0 ? Long.MIN_VALUE : bars.time(size - 1);
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

    /** The {@link BarValidator} rules over the bars read. */
    List<BarIssue> validate() {
        return bars.validate();
    }

    /**
     * The bars not marked in {@code rejected}, as a series; it has an adjusted-close column when any bar read
     * had one.
     */
    BarSeries toSeries(String symbol, boolean[] rejected) {
        return bars.buildKept(symbol, rejected);
    }
}
