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
        window(in, 0, period, true, out, null);
    }

    /**
     * Rolling minimum of {@code in} from index 0; NaN for the first {@code period-1} bars.
     *
     * @param in     input values
     * @param period window length, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void min(double[] in, int period, double[] out) {
        window(in, 0, period, false, out, null);
    }

    /**
     * Batch kernel: rolling extreme of {@code in} over windows that start no earlier than
     * {@code from}, with the same values, ages and NaN rule as the streaming form. Outputs are NaN
     * before {@code from+period-1} and from the first NaN input (at or after {@code from}) on.
     *
     * <p>Unlike the stream it keeps only the position of the current extreme and rescans the
     * window when that position leaves it (TA-Lib's method): O(period) in the worst case (a
     * monotonic series), but a tight loop over an array that is faster than the deque on market
     * data.
     *
     * @param in     input values
     * @param from   first valid input index, >= 0
     * @param period window length, >= 1
     * @param max    true for the highest value, false for the lowest
     * @param value  extremes, as long as {@code in}
     * @param age    bars since each extreme (0 = current bar), as long as {@code in}, or null
     */
    public static void window(double[] in, int from, int period, boolean max, double[] value, double[] age) {
        String name = max ? "max" : "min";
        Params.atLeast(name, "period", period, 1);
        Params.atLeast(name, "from", from, 0);
        int n = in.length;
        Params.sameLength(name, "value", value.length, "in", n);
        if (age != null) {
            Params.sameLength(name, "age", age.length, "in", n);
        }
        int first = Math.min(from + period - 1, n);
        Arrays.fill(value, 0, first, Double.NaN);
        if (age != null) {
            Arrays.fill(age, 0, first, Double.NaN);
        }
        int poison = n;
        for (int i = from; i < n; i++) {
            if (Double.isNaN(in[i])) {
                poison = i;
                break;
            }
        }
        // a sign flip turns the minimum into a maximum: one loop for both
        double sign = max ? 1.0 : -1.0;
        int best = -1;
        double extreme = 0.0;
        int end = Math.min(poison, n);
        for (int i = first; i < end; i++) {
            int start = i - period + 1;
            if (best < start) {
                best = start;
                extreme = sign * in[start];
                for (int j = start + 1; j <= i; j++) {
                    double x = sign * in[j];
                    if (x >= extreme) {
                        extreme = x;
                        best = j;
                    }
                }
            } else {
                double x = sign * in[i];
                if (x >= extreme) {
                    extreme = x;
                    best = i;
                }
            }
            value[i] = sign * extreme;
            if (age != null) {
                age[i] = i - best;
            }
        }
        int nanFrom = Math.max(first, poison);
        if (nanFrom < n) {
            Arrays.fill(value, nanFrom, n, Double.NaN);
            if (age != null) {
                Arrays.fill(age, nanFrom, n, Double.NaN);
            }
        }
    }
}
