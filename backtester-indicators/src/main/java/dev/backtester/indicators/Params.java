package dev.backtester.indicators;

import java.util.Objects;

/**
 * Argument checks shared by the indicators. Every message names the indicator, the parameter,
 * the offending value and the allowed range, e.g. {@code "sma: period must be >= 1, got 0"}.
 */
public final class Params {

    private Params() {
    }

    /**
     * @param indicator short indicator name for the message, e.g. {@code "sma"}
     * @param param     parameter name
     * @param value     value given
     * @param min       smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static int atLeast(String indicator, String param, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(indicator + ": " + param + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * @param indicator short indicator name for the message
     * @param param     parameter name
     * @param value     value given
     * @param min       smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or below {@code min}
     */
    public static double finiteAtLeast(String indicator, String param, double value, double min) {
        if (!Double.isFinite(value) || value < min) {
            throw new IllegalArgumentException(indicator + ": " + param + " must be a finite number >= " + format(min)
                    + ", got " + value);
        }
        return value;
    }

    /**
     * @param indicator short indicator name for the message
     * @param param     parameter name
     * @param value     value given
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or not above 0
     */
    public static double finitePositive(String indicator, String param, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(indicator + ": " + param + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** Whole bounds print without a fraction: "{@code >= 0}", not "{@code >= 0.0}". */
    private static String format(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound) : Double.toString(bound);
    }

    /**
     * Requires {@code lowValue < highValue}, e.g. {@code "macd: fastPeriod (26) must be < slowPeriod (12)"}.
     *
     * @param indicator short indicator name for the message
     * @param lowParam  name of the parameter that must be smaller
     * @param lowValue  its value
     * @param highParam name of the parameter that must be larger
     * @param highValue its value
     * @throws IllegalArgumentException if {@code lowValue >= highValue}
     */
    public static void less(String indicator, String lowParam, int lowValue, String highParam, int highValue) {
        if (lowValue >= highValue) {
            throw new IllegalArgumentException(indicator + ": " + lowParam + " (" + lowValue + ") must be < "
                    + highParam + " (" + highValue + ")");
        }
    }

    /**
     * @param indicator short indicator name for the message
     * @param param     parameter name
     * @param value     value given
     * @param <T>       parameter type
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> T notNull(String indicator, String param, T value) {
        return Objects.requireNonNull(value, () -> indicator + ": " + param + " must not be null");
    }

    /**
     * Requires two arrays to have the same length.
     *
     * @param indicator short indicator name for the message
     * @param name      name of the checked array
     * @param length    its length
     * @param refName   name of the reference array
     * @param refLength its length
     * @throws IllegalArgumentException if the lengths differ
     */
    public static void sameLength(String indicator, String name, int length, String refName, int refLength) {
        if (length != refLength) {
            throw new IllegalArgumentException(indicator + ": " + name + " has length " + length + " but "
                    + refName + " has length " + refLength);
        }
    }

    /**
     * Checks an output index given to {@link IndicatorStream#value(int)}.
     *
     * @param output  the index
     * @param outputs number of outputs
     * @return {@code output}
     * @throws IndexOutOfBoundsException if the index is outside {@code [0, outputs)}
     */
    public static int output(int output, int outputs) {
        if (output < 0 || output >= outputs) {
            throw new IndexOutOfBoundsException("output " + output + " out of range [0, " + outputs + ")");
        }
        return output;
    }
}
