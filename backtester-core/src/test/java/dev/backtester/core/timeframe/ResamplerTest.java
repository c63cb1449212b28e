package dev.backtester.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.calendar.SessionCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resampling on hand-built bars: aggregation, bar end times, completion and the index map. */
class ResamplerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** One hour a day, four 15-minute bars: small enough to write out by hand. */
    private static final SessionCalendar HOUR_SESSION = SessionCalendar.weekdays("mini", BERLIN, LocalTime.of(9, 0),
            LocalTime.of(10, 0));

    @Test
    void aggregatesOpenHighLowCloseAndVolumeIntoBucketsEndingAtTheirBoundary() {
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-02T09:15", 10, 12, 9, 11, 100)
                .bar("2006-01-02T09:30", 11, 15, 10, 14, 200)
                .bar("2006-01-02T09:45", 14, 14, 7, 8, 300)
                .bar("2006-01-02T10:00", 8, 9, 8, 9, 400);
        ResampledBars out = Resampler.of(Timeframe.MINUTES_30, HOUR_SESSION).resample(in.build());

        BarSeries bars = out.bars();
        assertEquals(2, bars.size());
        assertBar(bars, 0, in.millis("2006-01-02T09:30"), 10, 15, 9, 14, 300);
        assertBar(bars, 1, in.millis("2006-01-02T10:00"), 14, 14, 7, 9, 700);
        assertMap(out, -1, 0, 0, 1);
    }

    @Test
    void aDailyBarIsOneSessionCompleteAtItsLastBarAndAPartialLastDayIsNotShown() {
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-02T09:15", 10, 12, 9, 11, 1)
                .bar("2006-01-02T09:30", 11, 13, 10, 12, 1)
                .bar("2006-01-02T09:45", 12, 12, 8, 9, 1)
                .bar("2006-01-02T10:00", 9, 10, 9, 10, 1)
                .bar("2006-01-03T09:15", 10, 20, 10, 20, 1)
                .bar("2006-01-03T09:30", 20, 21, 19, 21, 1);
        ResampledBars out = Resampler.of(Timeframe.DAY, HOUR_SESSION).resample(in.build());

        assertEquals(1, out.bars().size(), "2006-01-03 is still forming at the last bar");
        assertBar(out.bars(), 0, in.millis("2006-01-02T10:00"), 10, 13, 8, 10, 4);
        assertMap(out, -1, -1, -1, 0, 0, 0);
    }

    @Test
    void withoutACalendarADayCompletesOnlyWhenTheNextDayHasABar() {
        LocalBars in = new LocalBars(ZoneId.of("UTC"))
                .bar("2006-01-02T09:15", 10)
                .bar("2006-01-02T10:00", 11)
                .bar("2006-01-03T09:15", 12)
                .bar("2006-01-03T10:00", 13);
        ResampledBars out = Resampler.of(Timeframe.DAY).resample(in.build());

        assertEquals(1, out.bars().size());
        assertEquals(in.millis("2006-01-03T00:00"), out.bars().time(0), "the day ends at midnight");
        assertMap(out, -1, -1, 0, 0);
    }

    @Test
    void missingLastBarsOfASessionCompleteTheDayAtTheNextSessionsFirstBar() {
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-02T09:15", 10)
                .bar("2006-01-02T09:30", 11)
                .bar("2006-01-03T09:15", 12);
        ResampledBars out = Resampler.of(Timeframe.DAY, HOUR_SESSION).resample(in.build());

        assertEquals(in.millis("2006-01-02T10:00"), out.bars().time(0), "timed at the session close, not the last bar");
        assertMap(out, -1, -1, 0);
    }

    @Test
    void aHalfDayEndsAtItsEarlyCloseAndLaterBarsAreLeftOut() {
        SessionCalendar halfDay = HOUR_SESSION.withEarlyClose(LocalDate.of(2006, 1, 2), LocalTime.of(9, 30));
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-02T09:15", 10, 11, 9, 10, 1)
                .bar("2006-01-02T09:30", 10, 12, 10, 12, 1)
                .bar("2006-01-02T09:45", 12, 50, 1, 40, 1)
                .bar("2006-01-03T09:15", 40);
        ResampledBars out = Resampler.of(Timeframe.DAY, halfDay).resample(in.build());

        assertBar(out.bars(), 0, in.millis("2006-01-02T09:30"), 10, 12, 9, 12, 2);
        assertMap(out, -1, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Resampler(Timeframe.DAY, halfDay, OutOfSessionPolicy.FAIL).resample(in.build()));
        assertTrue(e.getMessage().contains("bar 2 of T ends at 2006-01-02T09:45 Europe/Berlin"), e.getMessage());
    }

    @Test
    void overnightAndWeekendBarsOutsideTheSessionNeverEnterADailyBar() {
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-06T09:30", 10, 11, 9, 10, 1)
                .bar("2006-01-06T10:00", 10, 11, 10, 11, 1)
                .bar("2006-01-06T22:00", 11, 99, 11, 90, 1)
                .bar("2006-01-07T12:00", 90, 99, 80, 95, 1)
                .bar("2006-01-09T09:00", 95, 99, 90, 96, 1)
                .bar("2006-01-09T09:15", 96, 97, 94, 95, 1)
                .bar("2006-01-09T10:00", 95, 96, 93, 94, 1);
        ResampledBars out = Resampler.of(Timeframe.DAY, HOUR_SESSION).resample(in.build());

        assertEquals(2, out.bars().size());
        assertBar(out.bars(), 0, in.millis("2006-01-06T10:00"), 10, 11, 9, 11, 2);
        assertBar(out.bars(), 1, in.millis("2006-01-09T10:00"), 96, 97, 93, 94, 2);
        assertMap(out, -1, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void aWeekEndsAtTheCloseOfItsLastSessionAndAMonthAtTheCloseOfItsLastTradingDay() {
        SessionCalendar fridayOff = HOUR_SESSION.withHolidays(List.of(LocalDate.of(2006, 1, 27)));
        LocalBars in = new LocalBars(BERLIN)
                .bar("2006-01-23T10:00", 10, 11, 9, 10, 1)
                .bar("2006-01-26T10:00", 10, 13, 10, 12, 1)
                .bar("2006-01-30T10:00", 12, 12, 8, 9, 1)
                .bar("2006-01-31T10:00", 9, 10, 7, 8, 1)
                .bar("2006-02-01T10:00", 8, 9, 8, 9, 1);
        ResampledBars weeks = Resampler.of(Timeframe.WEEK, fridayOff).resample(in.build());
        assertBar(weeks.bars(), 0, in.millis("2006-01-26T10:00"), 10, 13, 9, 12, 2);
        assertEquals(1, weeks.bars().size(), "the week of Jan 30 is still forming");
        assertMap(weeks, -1, 0, 0, 0, 0);

        ResampledBars months = Resampler.of(Timeframe.MONTH, fridayOff).resample(in.build());
        assertBar(months.bars(), 0, in.millis("2006-01-31T10:00"), 10, 13, 7, 8, 4);
        assertMap(months, -1, -1, -1, 0, 0);
    }

    @Test
    void fourHourBarsCountFromTheOpenAndAreCutAtTheClose() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalBars in = new LocalBars(newYork);
        for (LocalTime end = LocalTime.of(10, 0); !end.isAfter(LocalTime.of(16, 0)); end = end.plusMinutes(30)) {
            in.bar("2006-03-01T" + end, 100);
        }
        ResampledBars out = Resampler.of(Timeframe.HOURS_4, Calendars.usEquities()).resample(in.build());

        assertEquals(2, out.bars().size());
        assertEquals(in.millis("2006-03-01T13:30"), out.bars().time(0));
        assertEquals(in.millis("2006-03-01T16:00"), out.bars().time(1));
        assertEquals(8, out.bars().volume(0), "10:00 .. 13:30");
        assertEquals(5, out.bars().volume(1), "14:00 .. 16:00");
    }

    @Test
    void anEmptySeriesGivesNoBars() {
        ResampledBars out = Resampler.of(Timeframe.DAY).resample(new LocalBars(BERLIN).build());
        assertEquals(0, out.bars().size());
        assertEquals(0, out.primarySize());
    }

    private static void assertBar(BarSeries bars, int i, long time, double open, double high, double low, double close,
                                  double volume) {
        assertEquals(time, bars.time(i), "time of bar " + i);
        assertArrayEquals(new double[] {open, high, low, close, volume},
                new double[] {bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)},
                "open, high, low, close, volume of bar " + i);
    }

    private static void assertMap(ResampledBars out, int... expected) {
        int[] actual = new int[out.primarySize()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = out.lastCompleted(i);
        }
        assertArrayEquals(expected, actual, "last completed higher bar at each primary bar");
    }
}
