package dev.backtester.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an exchange trades: one session per trading date, in the exchange's time zone.
 *
 * <p>Implementations are immutable. The default methods locate bars (given by their END time) in
 * sessions; they allocate only when they move to another session, never per bar of a session.
 */
public interface TradingCalendar {

    /** How far {@link #nextOpenAfter} looks ahead before it gives up, in days. */
    int MAX_DAYS_WITHOUT_SESSION = 3660;

    /**
     * A canonical description that differs whenever the sessions differ (zone, hours, weekdays,
     * holidays, early closes); used in indicator ids, so two calendars with equal ids must agree on every
     * session.
     */
    String id();

    /** The exchange time zone that local dates and session hours refer to. */
    ZoneId zone();

    /** The session of {@code date}, or null when the exchange does not trade that day. */
    Session session(LocalDate date);

    /** True when the exchange trades on {@code date}. */
    default boolean isTradingDay(LocalDate date) {
        return session(date) != null;
    }

    /**
     * The local date a bar ending at {@code time} belongs to: the date of the last millisecond inside the
     * bar, so a bar ending exactly at midnight belongs to the day before.
     */
    default LocalDate dateOf(long time) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(time - 1), zone());
    }

    /** The session a bar ending at {@code time} lies in, or null when it ends outside every session. */
    default Session sessionContaining(long time) {
        Session session = session(dateOf(time));
        return session != null && session.contains(time) ? session : null;
    }

    /**
     * The first session open at or after {@code time}: every bar ending after {@code time} and at or
     * before it lies outside the sessions. {@link Long#MAX_VALUE} when no session opens within
     * {@value #MAX_DAYS_WITHOUT_SESSION} days.
     */
    default long nextOpenAfter(long time) {
        LocalDate date = dateOf(time);
        for (int day = 0; day <= MAX_DAYS_WITHOUT_SESSION; day++) {
            Session session = session(date.plusDays(day));
            if (session != null && session.open() >= time) {
                return session.open();
            }
        }
        return Long.MAX_VALUE;
    }

    /** The last session on a date from {@code first} to {@code last} (inclusive), or null when there is none. */
    default Session lastSessionBetween(LocalDate first, LocalDate last) {
        for (LocalDate date = last; !date.isBefore(first); date = date.minusDays(1)) {
            Session session = session(date);
            if (session != null) {
                return session;
            }
        }
        return null;
    }
}
