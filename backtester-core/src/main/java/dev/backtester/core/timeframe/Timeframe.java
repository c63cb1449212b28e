package dev.backtester.core.timeframe;

import java.util.Objects;

/**
 * A bar length: any whole number of minutes (hours are multiples of 60 minutes), one day, one week or
 * one month. Written as {@code 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w, 1mo}; {@link #parse} reads those forms
 * and {@link #label()} writes them, so {@code parse(tf.label()).equals(tf)}.
 *
 * <p>Minute bars are counted from each session's open (or from midnight without a calendar) and never
 * run past the session close: a 4h bar of a 09:30-16:00 session ends 13:30, the next one 16:00. A day is
 * one session, a week the sessions of one ISO week (Monday to Sunday), a month those of one calendar
 * month.
 *
 * @param unit  minutes, day, week or month
 * @param count how many units; 1 to 1440 for minutes, exactly 1 otherwise
 */
public record Timeframe(Unit unit, int count) {

    /** The unit of a timeframe. */
    public enum Unit { MINUTE, DAY, WEEK, MONTH }

    /** Longest minute timeframe: a whole day. */
    public static final int MAX_MINUTES = 1440;

    public static final Timeframe MINUTE = new Timeframe(Unit.MINUTE, 1);
    public static final Timeframe MINUTES_5 = new Timeframe(Unit.MINUTE, 5);
    public static final Timeframe MINUTES_15 = new Timeframe(Unit.MINUTE, 15);
    public static final Timeframe MINUTES_30 = new Timeframe(Unit.MINUTE, 30);
    public static final Timeframe HOUR = new Timeframe(Unit.MINUTE, 60);
    public static final Timeframe HOURS_4 = new Timeframe(Unit.MINUTE, 240);
    public static final Timeframe DAY = new Timeframe(Unit.DAY, 1);
    public static final Timeframe WEEK = new Timeframe(Unit.WEEK, 1);
    public static final Timeframe MONTH = new Timeframe(Unit.MONTH, 1);

    /** @throws IllegalArgumentException if the count is out of range for the unit */
    public Timeframe {
        Objects.requireNonNull(unit, "unit");
        if (unit == Unit.MINUTE && (count < 1 || count > MAX_MINUTES)) {
            throw new IllegalArgumentException("a minute timeframe needs 1 to " + MAX_MINUTES + " minutes, got " + count);
        }
        if (unit != Unit.MINUTE && count != 1) {
            throw new IllegalArgumentException("only single " + unit.name().toLowerCase(java.util.Locale.ROOT)
                    + "s are supported (1d, 1w, 1mo), got " + count);
        }
    }

    /** {@code n} minutes. */
    public static Timeframe minutes(int n) {
        return new Timeframe(Unit.MINUTE, n);
    }

    /** {@code n} hours, i.e. {@code 60 n} minutes. */
    public static Timeframe hours(int n) {
        if (n < 1 || n > MAX_MINUTES / 60) {
            throw new IllegalArgumentException("an hour timeframe needs 1 to " + MAX_MINUTES / 60 + " hours, got " + n);
        }
        return minutes(n * 60);
    }

    /**
     * Reads {@code <n>m}, {@code <n>h}, {@code 1d}, {@code 1w} or {@code 1mo} (lower case, no blanks).
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Timeframe parse(String text) {
        Objects.requireNonNull(text, "text");
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        String suffix = text.substring(digits);
        if (digits == 0 || digits > 4) {
            throw badText(text);
        }
        int n = Integer.parseInt(text.substring(0, digits));
        try {
            return switch (suffix) {
                case "m" -> minutes(n);
                case "h" -> hours(n);
                case "d" -> new Timeframe(Unit.DAY, n);
                case "w" -> new Timeframe(Unit.WEEK, n);
                case "mo" -> new Timeframe(Unit.MONTH, n);
                default -> throw badText(text);
            };
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("timeframe '") ? e
                    : new IllegalArgumentException("timeframe '" + text + "': " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException badText(String text) {
        return new IllegalArgumentException("timeframe '" + text
                + "' is not one of <n>m, <n>h, 1d, 1w, 1mo (e.g. 5m, 15m, 1h, 4h, 1d)");
    }

    /** The canonical text: {@code 15m}, {@code 1h}, {@code 4h}, {@code 1d}, {@code 1w}, {@code 1mo}. */
    public String label() {
        return switch (unit) {
            case MINUTE -> count % 60 == 0 ? count / 60 + "h" : count + "m";
            case DAY -> "1d";
            case WEEK -> "1w";
            case MONTH -> "1mo";
        };
    }

    /** True for minute and hour timeframes. */
    public boolean isIntraday() {
        return unit == Unit.MINUTE;
    }

    /**
     * The length of a minute timeframe in milliseconds.
     *
     * @throws IllegalStateException for days, weeks and months, whose length depends on the calendar
     */
    public long millis() {
        if (unit != Unit.MINUTE) {
            throw new IllegalStateException(label() + " has no fixed length; it follows the calendar's sessions");
        }
        return count * 60_000L;
    }

    @Override
    public String toString() {
        return label();
    }
}
