package dev.backtester.core.calendar;

import java.util.Objects;

/**
 * Locates bars in sessions while walking a series in time order, asking the calendar only when a bar
 * leaves the session (or the gap between sessions) it remembers, so a pass over a series allocates per
 * session, not per bar. Not thread-safe; use one cursor per pass.
 */
public final class SessionCursor {
    private final TradingCalendar calendar;
    private Session session;
    private long outsideFrom = Long.MAX_VALUE;
    private long outsideUntil = Long.MIN_VALUE;

    /** A cursor over {@code calendar}'s sessions. */
    public SessionCursor(TradingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The calendar this cursor walks. */
    public TradingCalendar calendar() {
        return calendar;
    }

    /** The session a bar ending at {@code time} lies in, or null when it lies outside every session. */
    public Session locate(long time) {
        if (session != null && session.contains(time)) {
            return session;
        }
        // every bar after a bar outside the sessions and up to the next open is outside too
        if (time >= outsideFrom && time <= outsideUntil) {
            return null;
        }
        Session found = calendar.sessionContaining(time);
        if (found == null) {
            outsideFrom = time;
            outsideUntil = calendar.nextOpenAfter(time);
            return null;
        }
        session = found;
        return found;
    }
}
