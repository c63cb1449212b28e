package dev.backtester.api.execution;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long an unfilled (or partly filled) order stays working before it expires.
 *
 * <ul>
 *   <li>{@link #day()}: until the end of the calendar day, in {@code zone}, of the first bar on which
 *       the order may fill. A bar belongs to the day of the instant just before its end time, so daily
 *       bars that end at midnight count for the day they cover. On daily bars a day order lives one bar.</li>
 *   <li>{@link #goodTillCancelled()}: until filled or cancelled (by a signal or the end of the data).</li>
 *   <li>{@link #bars(int)}: for at most {@code n} bars of its symbol, counted from the first bar on which
 *       it may fill.</li>
 * </ul>
 *
 * @param kind the rule
 * @param bars number of bars for {@link Kind#BARS}, otherwise 0
 * @param zone time zone of the calendar day for {@link Kind#DAY}, otherwise UTC
 */
public record TimeInForce(Kind kind, int bars, ZoneId zone) {

    /** The kinds of time in force. */
    public enum Kind { DAY, GOOD_TILL_CANCELLED, BARS }

    private static final TimeInForce GTC = new TimeInForce(Kind.GOOD_TILL_CANCELLED, 0, ZoneOffset.UTC);
    private static final TimeInForce DAY_UTC = new TimeInForce(Kind.DAY, 0, ZoneOffset.UTC);

    public TimeInForce {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        if (kind == Kind.BARS ? bars < 1 : bars != 0) {
            throw new IllegalArgumentException("bars must be >= 1 for BARS and 0 otherwise, got " + bars + " for " + kind);
        }
    }

    /** Working until filled or cancelled (the default). */
    public static TimeInForce goodTillCancelled() {
        return GTC;
    }

    /** Working for the UTC calendar day of its first eligible bar. */
    public static TimeInForce day() {
        return DAY_UTC;
    }

    /** Working for the calendar day, in {@code zone}, of its first eligible bar. */
    public static TimeInForce day(ZoneId zone) {
        return new TimeInForce(Kind.DAY, 0, zone);
    }

    /** Working for at most {@code n} bars from its first eligible bar. */
    public static TimeInForce bars(int n) {
        return new TimeInForce(Kind.BARS, n, ZoneOffset.UTC);
    }
}
