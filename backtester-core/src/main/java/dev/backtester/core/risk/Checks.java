package dev.backtester.core.risk;

import java.util.Locale;

/** Parameter checks and number formatting shared by the rules. */
final class Checks {
    private Checks() {
    }

    /** {@code 0 < value < 1}, or fails naming {@code rule} and {@code name}. */
    static double fraction(String rule, String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(rule + ": " + name + " must be in (0, 1), got " + value);
        }
        return value;
    }

    /** A finite {@code value > 0}, or fails naming {@code rule} and {@code name}. */
    static double positive(String rule, String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(rule + ": " + name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** {@code value >= 1}, or fails naming {@code rule} and {@code name}. */
    static int atLeastOne(String rule, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(rule + ": " + name + " must be >= 1, got " + value);
        }
        return value;
    }

    /** {@code 1.62} for a multiple of equity. */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code 21.3%} for a fraction 0.213. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A share count: whole numbers without decimals, fractions with up to four. */
    static String shares(double shares) {
        return shares == Math.rint(shares) && Math.abs(shares) < 1e15
                ? Long.toString((long) shares) : String.format(Locale.ROOT, "%.4f", shares);
    }

    /** A money amount with two decimals. */
    static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
