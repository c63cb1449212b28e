package dev.backtester.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.ObservedSession;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The bundled 5-minute index bars resampled to days agree with the bundled daily file of the same index. */
class BundledIntradayTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dailyBarsFromFiveMinuteBarsMatchTheDailyFile() {
        BarSeries minutes = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(BERLIN)).read(file("2006-min-005.txt"));
        BarSeries days = new CsvBarReader(CsvFormat.generic().withZone(BERLIN)).read(file("2006-day-001.txt"));
        BarSeries resampled = new Resampler(Timeframe.DAY, Calendars.europeanIndex(), OutOfSessionPolicy.FAIL)
                .resample(minutes).bars();

        assertEquals(21, resampled.size(), "every trading day of January 2006 through the 30th");
        for (int d = 0; d < resampled.size(); d++) {
            assertEquals(resampled.time(d) + Duration.ofMinutes(6 * 60 + 30).toMillis(), days.time(d),
                    "a session ends 17:30, the daily file's bar at midnight");
            assertEquals(days.open(d), resampled.open(d), "open of day " + d);
            assertEquals(days.low(d), resampled.low(d), "low of day " + d);
            assertEquals(days.close(d), resampled.close(d), "close of day " + d);
            // the daily file caps 2006-01-27's high at its close, 3685.48; the 5-minute bars reach 3685.95
            double expectedHigh = d == 19 ? 3685.95 : days.high(d);
            assertEquals(expectedHigh, resampled.high(d), "high of day " + d);
        }
    }

    @Test
    void thePresetHoursAreTheObservedHoursOfTheData() {
        BarSeries minutes = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(BERLIN)).read(file("2006-min-005.txt"));
        ObservedSession observed = ObservedSession.observe(minutes, BERLIN);
        assertEquals(Duration.ofMinutes(5), observed.barLength());
        assertEquals(Calendars.europeanIndex().open(), observed.open());
        assertEquals(Calendars.europeanIndex().close(), observed.close());
        assertEquals(21, observed.days());

        BarSeries future = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(BERLIN).byPosition())
                .read(file("2006-01-02-volume-min-001.txt"));
        ObservedSession futureHours = ObservedSession.observe(future, BERLIN);
        assertEquals(LocalTime.of(9, 0), futureHours.open());
        assertEquals(Calendars.europeanIndexFuture().close(), futureHours.close());
    }

    private static Path file(String name) {
        try {
            return Path.of(BundledIntradayTest.class.getResource("/data/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
