package dev.backtester.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A configurable exchange calendar: one session a day from {@code open} to {@code close} local time on the
 * given weekdays, except holidays; half days close early.
 *
 * <pre>{@code
 * SessionCalendar xetra = SessionCalendar.weekdays("xetra", ZoneId.of("Europe/Berlin"),
 *         LocalTime.of(9, 0), LocalTime.of(17, 30))
 *     .withHolidays(List.of(LocalDate.of(2006, 12, 25)))
 *     .withEarlyClose(LocalDate.of(2006, 12, 29), LocalTime.of(14, 0));
 * }</pre>
 *
 * Sessions that span midnight are not supported: the close must come after the open on the same day.
 * Hours are local, so a session keeps its local hours across daylight-saving changes.
 *
 * @param name        a short name for messages and ids, e.g. {@code xetra}
 * @param zone        the exchange time zone
 * @param open        local opening time
 * @param close       local regular closing time, after {@code open}
 * @param weekdays    the days of the week the exchange trades, at least one
 * @param holidays    dates without a session
 * @param earlyCloses dates that close early, mapped to their local closing time (after the open, before
 *                    the regular close); a date may not be both a holiday and a half day
 */
public record SessionCalendar(String name, ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> weekdays,
                              Set<LocalDate> holidays, Map<LocalDate, LocalTime> earlyCloses)
        implements TradingCalendar {

    /** @throws IllegalArgumentException naming the offending value when the calendar is inconsistent */
    public SessionCalendar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (name.isBlank()) {
            throw new IllegalArgumentException("calendar name must not be blank");
        }
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("calendar " + name + ": close " + close + " must be after open " + open
                    + " on the same day (sessions spanning midnight are not supported)");
        }
        weekdays = Set.copyOf(weekdays);
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + name + " needs at least one trading weekday");
        }
        holidays = Set.copyOf(holidays);
        earlyCloses = Map.copyOf(earlyCloses);
        for (Map.Entry<LocalDate, LocalTime> early : earlyCloses.entrySet()) {
            LocalTime time = early.getValue();
            if (!time.isAfter(open) || !time.isBefore(close)) {
                throw new IllegalArgumentException("calendar " + name + ": early close " + time + " on " + early.getKey()
                        + " must be after the open " + open + " and before the regular close " + close);
            }
            if (holidays.contains(early.getKey())) {
                throw new IllegalArgumentException("calendar " + name + ": " + early.getKey()
                        + " is listed both as a holiday and as an early close");
            }
        }
    }

    /** A Monday-to-Friday calendar without holidays or half days. */
    public static SessionCalendar weekdays(String name, ZoneId zone, LocalTime open, LocalTime close) {
        return new SessionCalendar(name, zone, open, close, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(), Map.of());
    }

    /** This calendar with {@code dates} added to the holidays. */
    public SessionCalendar withHolidays(Collection<LocalDate> dates) {
        Set<LocalDate> all = new HashSet<>(holidays);
        all.addAll(dates);
        return new SessionCalendar(name, zone, open, close, weekdays, all, earlyCloses);
    }

    /** This calendar with {@code date} closing early at local time {@code closeTime}. */
    public SessionCalendar withEarlyClose(LocalDate date, LocalTime closeTime) {
        Map<LocalDate, LocalTime> all = new HashMap<>(earlyCloses);
        all.put(Objects.requireNonNull(date, "date"), Objects.requireNonNull(closeTime, "closeTime"));
        return new SessionCalendar(name, zone, open, close, weekdays, holidays, all);
    }

    /** This calendar trading on {@code days} instead. */
    public SessionCalendar withWeekdays(Set<DayOfWeek> days) {
        return new SessionCalendar(name, zone, open, close, days, holidays, earlyCloses);
    }

    @Override
    public Session session(LocalDate date) {
        if (!weekdays.contains(date.getDayOfWeek()) || holidays.contains(date)) {
            return null;
        }
        LocalTime closing = earlyCloses.getOrDefault(date, close);
        return new Session(date, instant(date, open), instant(date, closing));
    }

    private long instant(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant().toEpochMilli();
    }

    /**
     * {@code name[zone open-close days]}, plus the sorted holidays and early closes when there are any,
     * so that calendars with the same name but other sessions get other ids.
     */
    @Override
    public String id() {
        StringBuilder id = new StringBuilder(name).append('[').append(zone.getId()).append(' ')
                .append(open).append('-').append(close).append(' ');
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : new TreeSet<>(weekdays)) {
            days.add(day.name().substring(0, 3));
        }
        id.append(String.join(",", days));
        if (!holidays.isEmpty()) {
            id.append(" holidays=").append(new TreeSet<>(holidays));
        }
        if (!earlyCloses.isEmpty()) {
            id.append(" early=").append(new TreeMap<>(earlyCloses));
        }
        return id.append(']').toString();
    }

    @Override
    public String toString() {
        return id();
    }
}
