package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.BarSeries;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Loads every sample file with its preset and checks size, first and last bar exactly. Expected times are
 * epoch milliseconds computed independently (Python zoneinfo), not with java.time.
 */
class RealDataFilesTest {

    /** The 2006 index files are the Euro Stoxx 50 and its future, quoted in Frankfurt time. */
    private static final ZoneId FRANKFURT = ZoneId.of("Europe/Berlin");

    @Test
    void oracleDaily() {
        BarSeries bars = new CsvBarReader(CsvFormat.yahoo()).read(TestData.file("orcl-1995-2014.txt"));
        // 1995-01-03 16:00 New York (EST) and 2014-12-31 16:00 New York
        assertBars(bars, "orcl-1995-2014", 5036, 789166800000L, 1420059600000L, 2.117284, 44.970001);
        assertEquals(2.179012, bars.open(0));
        assertEquals(36301200, bars.volume(0));
    }

    @Test
    void nvidiaDaily() {
        BarSeries bars = new CsvBarReader(CsvFormat.yahoo()).read(TestData.file("nvda-1999-2014.txt"));
        assertBars(bars, "nvda-1999-2014", 4012, 917038800000L, 1420059600000L, 1.640625, 20.049999);
    }

    @Test
    void yahooDaily() {
        BarSeries bars = new CsvBarReader(CsvFormat.yahoo()).read(TestData.file("yhoo-1996-2014.txt"));
        // 1996-04-12 16:00 New York is daylight-saving time (EDT), 20:00 UTC
        assertBars(bars, "yhoo-1996-2014", 4713, 829339200000L, 1420059600000L, 1.375, 50.509998);
    }

    @Test
    void indexDailyEndsAtMidnightByDefault() {
        BarSeries bars = new CsvBarReader(CsvFormat.generic().withZone(FRANKFURT)).read(TestData.file("2006-day-001.txt"));
        // generic daily bars end at the next midnight: 2006-01-02 ends 2006-01-03 00:00 Frankfurt
        assertBars(bars, "2006-day-001", 255, 1136242800000L, 1167433200000L, 3604.33, 4119.94);
        assertEquals(0, bars.volume(0));
    }

    @Test
    void indexFiveMinuteBars() {
        BarSeries bars = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(FRANKFURT))
                .read(TestData.file("2006-min-005.txt"));
        // 2006-01-02 09:05 and 2006-01-30 17:30 Frankfurt
        assertBars(bars, "2006-min-005", 2142, 1136189100000L, 1138638600000L, 3582.99, 3677.52);
    }

    @Test
    void futureMinuteBarsWithWrongHeaderReadByPosition() {
        // this file's header lacks the Time column its rows have (and it uses CRLF line ends)
        CsvFormat format = CsvFormat.dateTimeColumns().withZone(FRANKFURT).byPosition();
        BarSeries bars = new CsvBarReader(format).read(TestData.file("2006-01-02-volume-min-001.txt"));
        // 2006-01-02 09:01 and 2006-02-27 22:00 Frankfurt
        assertBars(bars, "2006-01-02-volume-min-001", 30889, 1136188860000L, 1141074000000L, 3599.0, 3838.0);
        assertEquals(5699, bars.volume(0));
        assertEquals(327, bars.volume(bars.size() - 1));
    }

    @Test
    void futureMinuteBarsByHeaderNameReportTheMissingTimeColumn() {
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> new CsvBarReader(CsvFormat.dateTimeColumns()).read(TestData.file("2006-01-02-volume-min-001.txt")));
        assertEquals("2006-01-02-volume-min-001.txt:1: column Time: value 'Date,Open,High,Low,Close,Volume,OpenInterest':"
                + " missing in the header", e.report().problems().get(0).toString());
        assertEquals(1, e.report().problems().size());
    }

    private static void assertBars(BarSeries bars, String symbol, int size, long firstTime, long lastTime,
                                   double firstClose, double lastClose) {
        assertEquals(symbol, bars.symbol());
        assertEquals(size, bars.size());
        assertEquals(firstTime, bars.time(0));
        assertEquals(lastTime, bars.time(size - 1));
        assertEquals(firstClose, bars.close(0));
        assertEquals(lastClose, bars.close(size - 1));
    }
}
