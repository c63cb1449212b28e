package dev.backtester.core.data;

/**
 * Parses decimal numbers strictly and fast, straight from a region of a string.
 *
 * <p>Accepted: {@code [+-]digits[.digits][(e|E)[+-]digits]}, at least one digit before the exponent, and
 * the words {@code NaN}, {@code Infinity}, {@code Inf} (any case, optional sign) so that validation can
 * report them as non-finite instead of as unreadable. Everything {@link Double#parseDouble} would also
 * accept beyond that (hex floats, {@code d}/{@code f} suffixes, inner blanks) is rejected.
 *
 * <p>Plain decimals with at most 15 significant digits take an exact shortcut: the digits as a long
 * divided by a power of ten, both exactly representable, so the one IEEE division rounds correctly and the
 * result equals {@link Double#parseDouble}'s. Other numbers go to {@link Double#parseDouble}.
 */
final class DecimalParser {

    /** Largest digit count whose value is exact in a double's 53-bit significand. */
    private static final int MAX_EXACT_DIGITS = 15;

    /** Powers of ten up to 10^22, the largest that is exact as a double. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code text[start, end)}.
     *
     * @throws NumberFormatException if the region is not a number in the accepted syntax
     */
    static double parse(String text, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i < end && !isDigit(text.charAt(i)) && text.charAt(i) != '.') {
            return nonFinite(text, i, end, negative, start);
        }
        long digits = 0;
        int digitCount = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        boolean exponent = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits = digits * 10 + (c - '0');
                digitCount++;
                if (inFraction) {
                    fractionDigits++;
                }
                if (digitCount > MAX_EXACT_DIGITS) {
                    // too long for the exact shortcut: syntax is checked and parseDouble does the rest
                    return slowPath(text, start, end);
                }
            } else if (c == '.' && !inFraction) {
                inFraction = true;
            } else if ((c == 'e' || c == 'E') && digitCount > 0) {
                exponent = true;
                break;
            } else {
                throw notANumber(text, start, end);
            }
        }
        if (digitCount == 0) {
            throw notANumber(text, start, end);
        }
        if (exponent) {
            return slowPath(text, start, end);
        }
        double value = digits / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    private static double slowPath(String text, int start, int end) {
        if (!hasDecimalSyntax(text, start, end)) {
            throw notANumber(text, start, end);
        }
        return Double.parseDouble(text.substring(start, end));
    }

    /** Checks {@code [+-]digits[.digits][(e|E)[+-]digits]} with a digit before any exponent. */
    private static boolean hasDecimalSyntax(String text, int start, int end) {
        int i = start;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int mantissaDigits = 0;
        boolean dot = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                mantissaDigits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
            return false;
        }
        i++;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static double nonFinite(String text, int wordStart, int end, boolean negative, int start) {
        String word = text.substring(wordStart, end);
        if (word.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        if (word.equalsIgnoreCase("Infinity") || word.equalsIgnoreCase("Inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw notANumber(text, start, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException notANumber(String text, int start, int end) {
        return new NumberFormatException("not a number: '" + text.substring(start, end) + "'");
    }
}
