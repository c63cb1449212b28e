package dev.backtester.indicators;

import java.util.Arrays;

/**
 * Highest or lowest value of the last {@code period} inputs, with the position where it
 * occurred. A monotonic deque gives amortised O(1) per update with fixed-size arrays (no
 * allocation after construction). On ties the most recent position wins, as in TA-Lib's AROON.
 * A NaN input makes this and every later result NaN (a comparison with NaN would otherwise
 * silently drop it).
 */
public final class RollingExtreme {

    private final int period;
    private final boolean max;
    private final double[] values;
    private final long[] positions;
    private int head;
    private int size;
    private long seen;
    private boolean poisoned;

    /**
     * @param period window length, >= 1
     * @param max    true for the highest value, false for the lowest
     */
    public RollingExtreme(int period, boolean max) {
        this.period = Params.atLeast(max ? "max" : "min", "period", period, 1);
        this.max = max;
        this.values = new double[period];
        this.positions = new long[period];
    }

    /**
     * @param x next input
     * @return the extreme of the last {@code period} inputs (fewer at the start), NaN once a
     *         NaN was fed
     */
    public double update(double x) {
        long now = seen++;
        if (poisoned || Double.isNaN(x)) {
            poisoned = true;
            return Double.NaN;
        }
        // expire the front first, so the deque never holds more than period entries
        if (size > 0 && positions[head] <= now - period) {
            head = index(1);
            size--;
        }
        // drop dominated values from the back: they can never be the extreme again
        while (size > 0) {
            int back = index(size - 1);
            if (max ? values[back] <= x : values[back] >= x) {
                size--;
            } else {
                break;
            }
        }
        int slot = index(size);
        values[slot] = x;
        positions[slot] = now;
        size++;
        return values[head];
    }

    private int index(int offset) {
        int i = head + offset;
        return i < period ? i : i - period;
    }

    /** @return the current extreme, NaN before any input or once poisoned */
    public double value() {
        return poisoned || size == 0 ? Double.NaN : values[head];
    }

    /** @return how many inputs ago the current extreme occurred (0 = the last input) */
    public int age() {
        return (int) (seen - 1 - positions[head]);
    }

    /** @return number of inputs seen */
    public long count() {
        return seen;
    }

    /**
     * Rolling maximum of {@code in} from index 0; NaN for the first {@code period-1} bars.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void max(double[] in, int period, double[] out) {
        run(in, period, true, out);
    }

    /**
     * Rolling minimum of {@code in} from index 0; NaN for the first {@code period-1} bars.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void min(double[] in, int period, double[] out) {
        run(in, period, false, out);
    }

    private static void run(double[] in, int period, boolean max, double[] out) {
        Params.sameLength(max ? "max" : "min", "out", out.length, "in", in.length);
        RollingExtreme extreme = new RollingExtreme(period, max);
        int first = Math.min(period - 1, in.length);
        for (int i = 0; i < first; i++) {
            extreme.update(in[i]);
        }
        Arrays.fill(out, 0, first, Double.NaN);
        for (int i = first; i < in.length; i++) {
            out[i] = extreme.update(in[i]);
        }
    }
}
