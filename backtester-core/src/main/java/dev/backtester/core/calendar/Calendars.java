package dev.backtester.core.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Ready-made calendars. Holidays are not included: they change every year and by exchange, so add the
 * ones your data spans with {@link SessionCalendar#withHolidays}; without them a holiday shows up as a
 * missing session in validation and simply has no bars in resampling.
 */
public final class Calendars {

    private Calendars() {
    }

    /** US equities: America/New_York, 09:30-16:00, Monday to Friday. */
    public static SessionCalendar usEquities() {
        return SessionCalendar.weekdays("us-equities", ZoneId.of("America/New_York"), LocalTime.of(9, 30),
                LocalTime.of(16, 0));
    }

    /**
     * The European index of the bundled 2006 sample data: Europe/Berlin, 09:00-17:30, Monday to Friday.
     *
     * <p>The hours are derived from the data, not from an exchange rule book: in
     * {@code 2006-min-005.txt} every day's first 5-minute bar ends at 09:05 (so the session opens at
     * 09:00) and its last bar ends at 17:30, 102 bars a day. {@link ObservedSession#observe} recomputes
     * this from the file.
     */
    public static SessionCalendar europeanIndex() {
        return SessionCalendar.weekdays("eu-index", ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0),
                LocalTime.of(17, 30));
    }

    /**
     * The index future of the bundled 1-minute sample data: Europe/Berlin, 09:00-22:00, Monday to Friday.
     * Derived from {@code 2006-01-02-volume-min-001.txt}, whose days start with a bar ending 09:01 and
     * (but for the short first day) end with a bar ending 22:00.
     */
    public static SessionCalendar europeanIndexFuture() {
        return SessionCalendar.weekdays("eu-index-future", ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0),
                LocalTime.of(22, 0));
    }

    /** A market that never closes, with days split at midnight in {@code zone}. */
    public static ContinuousCalendar continuous(ZoneId zone) {
        return new ContinuousCalendar(zone);
    }

    /** A market that never closes, with days split at midnight UTC: the default when no calendar is given. */
    public static ContinuousCalendar utc() {
        return new ContinuousCalendar(ZoneOffset.UTC);
    }
}
