package dev.backtester.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate THANKSGIVING = LocalDate.of(2006, 11, 23);
    private static final LocalDate BLACK_FRIDAY = LocalDate.of(2006, 11, 24);

    private final SessionCalendar us = Calendars.usEquities().withHolidays(List.of(THANKSGIVING))
            .withEarlyClose(BLACK_FRIDAY, LocalTime.of(13, 0));

    @Test
    void aSessionRunsFromTheOpenToTheCloseInTheExchangeZoneAcrossDaylightSaving() {
        Session winter = us.session(LocalDate.of(2006, 1, 3));
        assertEquals(millis("2006-01-03T09:30"), winter.open());
        assertEquals(millis("2006-01-03T16:00"), winter.close());
        Session summer = us.session(LocalDate.of(2006, 7, 3));
        assertEquals(millis("2006-07-03T16:00"), summer.close());
        assertEquals(21 * 3_600_000L, winter.close() % 86_400_000L, "16:00 New York is 21:00 UTC in winter");
        assertEquals(20 * 3_600_000L, summer.close() % 86_400_000L, "and 20:00 UTC in summer");
    }

    @Test
    void weekendsAndHolidaysHaveNoSessionAndHalfDaysCloseEarly() {
        assertNull(us.session(LocalDate.of(2006, 1, 7)), "Saturday");
        assertNull(us.session(THANKSGIVING));
        assertFalse(us.isTradingDay(THANKSGIVING));
        assertEquals(millis("2006-11-24T13:00"), us.session(BLACK_FRIDAY).close());
    }

    @Test
    void barsAreLocatedByTheirEndTime() {
        assertNull(us.sessionContaining(millis("2006-01-03T09:30")), "a bar ending at the open is pre-market");
        assertEquals(LocalDate.of(2006, 1, 3), us.sessionContaining(millis("2006-01-03T09:31")).date());
        assertEquals(LocalDate.of(2006, 1, 3), us.sessionContaining(millis("2006-01-03T16:00")).date());
        assertNull(us.sessionContaining(millis("2006-01-03T16:01")));
        assertNull(us.sessionContaining(millis("2006-11-24T13:05")), "after the early close");
    }

    @Test
    void theNextOpenSkipsNightsWeekendsAndHolidays() {
        assertEquals(millis("2006-01-04T09:30"), us.nextOpenAfter(millis("2006-01-03T16:05")));
        assertEquals(millis("2006-01-09T09:30"), us.nextOpenAfter(millis("2006-01-06T20:00")), "Friday evening");
        assertEquals(millis("2006-11-24T09:30"), us.nextOpenAfter(millis("2006-11-22T18:00")), "over Thanksgiving");
        assertEquals(millis("2006-01-03T09:30"), us.nextOpenAfter(millis("2006-01-03T09:30")));
    }

    @Test
    void idsDifferWhenSessionsDiffer() {
        assertEquals("us-equities[America/New_York 09:30-16:00 MON,TUE,WED,THU,FRI]", Calendars.usEquities().id());
        assertNotEquals(Calendars.usEquities().id(), us.id());
        assertNotEquals(us.id(), Calendars.usEquities().withHolidays(List.of(THANKSGIVING)).id());
        assertEquals(us.id(), Calendars.usEquities().withEarlyClose(BLACK_FRIDAY, LocalTime.of(13, 0))
                .withHolidays(List.of(THANKSGIVING)).id(), "the order of configuration does not matter");
    }

    @Test
    void inconsistentCalendarsAreRejectedNamingTheProblem() {
        IllegalArgumentException overnight = assertThrows(IllegalArgumentException.class,
                () -> SessionCalendar.weekdays("fx", NEW_YORK, LocalTime.of(17, 0), LocalTime.of(16, 0)));
        assertTrue(overnight.getMessage().contains("spanning midnight"), overnight.getMessage());
        IllegalArgumentException lateEarlyClose = assertThrows(IllegalArgumentException.class,
                () -> Calendars.usEquities().withEarlyClose(BLACK_FRIDAY, LocalTime.of(17, 0)));
        assertTrue(lateEarlyClose.getMessage().contains("17:00 on 2006-11-24"), lateEarlyClose.getMessage());
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> us.withEarlyClose(THANKSGIVING, LocalTime.of(12, 0)));
        assertTrue(both.getMessage().contains("both as a holiday and as an early close"), both.getMessage());
        assertThrows(IllegalArgumentException.class, () -> us.withWeekdays(EnumSet.noneOf(DayOfWeek.class)));
    }

    @Test
    void aContinuousCalendarMakesEveryDayOneSessionFromMidnightToMidnight() {
        ContinuousCalendar utc = Calendars.utc();
        long midnight = LocalDate.of(2006, 1, 8).atStartOfDay(ZoneId.of("UTC")).toInstant().toEpochMilli();
        assertEquals(LocalDate.of(2006, 1, 7), utc.sessionContaining(midnight).date(), "a bar ending at midnight");
        assertEquals(LocalDate.of(2006, 1, 8), utc.sessionContaining(midnight + 1).date());
        assertEquals("24h[Z]", utc.id());
    }

    private static long millis(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant().toEpochMilli();
    }
}
