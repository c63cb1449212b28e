package dev.backtester.core.data;

import dev.backtester.core.calendar.BarGrid;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.calendar.TradingCalendar;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link SeriesValidator} checks beyond the bar rules every series obeys (finite, positive prices,
 * {@code low <= open, close <= high}, volume not negative, strictly increasing times).
 *
 * @param calendar      the exchange calendar for session and gap checks; null checks neither
 * @param barLength     the bar length for gap checks against the calendar (5 minutes, 1 day ...); null
 *                      checks no gaps; needs a calendar
 * @param maxAbsReturn  a close-to-close return whose absolute value exceeds this is an outlier; positive,
 *                      {@link Double#POSITIVE_INFINITY} for no check
 * @param outOfSession  what to do with bars outside every session (only with a calendar)
 */
public record QualityRules(TradingCalendar calendar, Duration barLength, double maxAbsReturn,
                           OutOfSessionPolicy outOfSession) {

    /** @throws IllegalArgumentException naming the inconsistent setting */
    public QualityRules {
        Objects.requireNonNull(outOfSession, "outOfSession");
        if (barLength != null && calendar == null) {
            throw new IllegalArgumentException("gap checks need a calendar to know when bars are expected");
        }
        if (barLength != null && (barLength.isNegative() || barLength.isZero())) {
            throw new IllegalArgumentException("bar length must be positive, got " + barLength);
        }
        if (!(maxAbsReturn > 0)) {
            throw new IllegalArgumentException("maxAbsReturn must be > 0 (or infinity for no check), got " + maxAbsReturn);
        }
    }

    /** Only the bar rules: no calendar, no gap or outlier checks. */
    public static QualityRules basic() {
        return new QualityRules(null, null, Double.POSITIVE_INFINITY, OutOfSessionPolicy.KEEP);
    }

    /** These rules with bars checked against {@code calendar}'s sessions and grid of {@code length} bars. */
    public QualityRules withCalendar(TradingCalendar sessions, Duration length) {
        return new QualityRules(sessions, length, maxAbsReturn, outOfSession);
    }

    /** These rules flagging close-to-close returns beyond {@code limit} in absolute value (0.2 = 20%). */
    public QualityRules withMaxAbsReturn(double limit) {
        return new QualityRules(calendar, barLength, limit, outOfSession);
    }

    /** These rules with {@code policy} for bars outside every session. */
    public QualityRules withOutOfSession(OutOfSessionPolicy policy) {
        return new QualityRules(calendar, barLength, maxAbsReturn, policy);
    }

    /** The expected bar ends, or null when gaps are not checked. */
    BarGrid grid() {
        return barLength == null ? null : new BarGrid(calendar, barLength);
    }
}
