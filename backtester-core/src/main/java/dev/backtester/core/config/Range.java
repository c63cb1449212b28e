package dev.backtester.core.config;

/**
 * The allowed values of a numeric parameter, for {@link Params}: checked when the file is read and
 * named in the message when a value falls outside.
 *
 * @param min          lower bound ({@code -Infinity} for none)
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound ({@code +Infinity} for none)
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public Range {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("invalid range: min " + min + ", max " + max);
        }
    }

    /** Any finite number. */
    public static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code value >= min}. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** {@code value > min}. */
    public static Range greaterThan(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code min <= value <= max}. */
    public static Range closed(double min, double max) {
        return new Range(min, true, max, true);
    }

    /** {@code min < value <= max}. */
    public static Range openClosed(double min, double max) {
        return new Range(min, false, max, true);
    }

    /** {@code min <= value < max}. */
    public static Range closedOpen(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** True when {@code value} is finite and inside the range. */
    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /**
     * A value inside the range. After a bad parameter has been reported, the component is still
     * built with this value so that the problems of its other parameters are found too.
     */
    double sample() {
        if (Double.isFinite(min) && minInclusive) {
            return min;
        }
        if (Double.isFinite(max) && maxInclusive) {
            return max;
        }
        if (Double.isFinite(min) && Double.isFinite(max)) {
            return (min + max) / 2;
        }
        if (Double.isFinite(min)) {
            return min + 1;
        }
        return Double.isFinite(max) ? max - 1 : 0;
    }

    /** E.g. {@code a number >= 1}, {@code a number in (0, 10]}. */
    @Override
    public String toString() {
        boolean hasMin = Double.isFinite(min);
        boolean hasMax = Double.isFinite(max);
        if (hasMin && hasMax) {
            return "in " + (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
        }
        if (hasMin) {
            return (minInclusive ? ">= " : "> ") + format(min);
        }
        if (hasMax) {
            return (maxInclusive ? "<= " : "< ") + format(max);
        }
        return "finite";
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
