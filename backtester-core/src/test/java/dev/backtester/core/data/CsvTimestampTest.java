package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.BarSeries;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How date and time columns become bar-end instants. Expected instants are written out as UTC text. */
class CsvTimestampTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String BAR = ",10,11,9,10,1";

    @Test
    void yahooDailyBarsEndAtTheNewYorkClose() {
        BarSeries bars = read(CsvFormat.yahoo(), "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2014-01-02,10,11,9,10,9.5,1\n2014-07-01,10,11,9,10,9.5,1\n");
        // 16:00 is 21:00 UTC in winter (EST) and 20:00 UTC in summer (EDT)
        assertEquals(List.of("2014-01-02T21:00:00Z", "2014-07-01T20:00:00Z"), instants(bars));
    }

    @Test
    void genericDailyBarsEndAtTheNextMidnight() {
        BarSeries bars = read(CsvFormat.generic(), "Date,Open,High,Low,Close,Volume\n2014-12-31" + BAR + "\n");
        assertEquals(List.of("2015-01-01T00:00:00Z"), instants(bars));
    }

    @Test
    void endOfDayIsConfigurable() {
        BarSeries bars = read(CsvFormat.generic().withZone(ZoneId.of("Europe/Berlin")).withEndOfDay(LocalTime.of(17, 30)),
                "Date,Open,High,Low,Close,Volume\n2006-01-02" + BAR + "\n");
        assertEquals(List.of("2006-01-02T16:30:00Z"), instants(bars));
    }

    @Test
    void customDatePatternsAreStrict() {
        CsvFormat format = CsvFormat.generic().withDateColumn(ColumnRef.named("Date"), "MM/dd/yyyy");
        assertEquals(List.of("2020-02-29T00:00:00Z"),
                instants(read(format, "Date,Open,High,Low,Close,Volume\n02/28/2020" + BAR + "\n")));
        assertEquals(List.of("x.csv:2: column Date: value '02/30/2020': not a date matching 'MM/dd/yyyy'"),
                problems(format, "Date,Open,High,Low,Close,Volume\n02/30/2020" + BAR + "\n"));
    }

    @Test
    void singleDateTimeColumn() {
        CsvFormat format = CsvFormat.generic().withZone(NEW_YORK)
                .withDateColumn(ColumnRef.named("Date"), "yyyy-MM-dd HH:mm");
        BarSeries bars = read(format, "Date,Open,High,Low,Close,Volume\n2021-06-01 09:35" + BAR + "\n");
        assertEquals(List.of("2021-06-01T13:35:00Z"), instants(bars));
    }

    @Test
    void anOffsetInTheTextWinsOverTheZone() {
        CsvFormat format = CsvFormat.generic().withZone(NEW_YORK)
                .withDateColumn(ColumnRef.named("Date"), "yyyy-MM-dd'T'HH:mm:ssXXX");
        BarSeries bars = read(format, "Date,Open,High,Low,Close,Volume\n2021-01-01T10:00:00+02:00" + BAR + "\n");
        assertEquals(List.of("2021-01-01T08:00:00Z"), instants(bars));
    }

    @Test
    void epochSecondsAndMillis() {
        String csv = "Date,Open,High,Low,Close,Volume\n1136189100" + BAR + "\n";
        assertEquals(List.of("2006-01-02T08:05:00Z"),
                instants(read(CsvFormat.generic().withEpochSeconds(ColumnRef.named("Date")), csv)));
        assertEquals(List.of("1970-01-14T03:36:29.100Z"),
                instants(read(CsvFormat.generic().withEpochMillis(ColumnRef.named("Date")), csv)));
        assertEquals(List.of("x.csv:2: column Date: value '1136189100.5': not whole epoch seconds"),
                problems(CsvFormat.generic().withEpochSeconds(ColumnRef.named("Date")),
                        "Date,Open,High,Low,Close,Volume\n1136189100.5" + BAR + "\n"));
    }

    @Test
    void badTimesAreReportedInTheTimeColumn() {
        assertEquals(List.of("x.csv:2: column Time: value '25:00:00': not a time matching 'HH:mm:ss'",
                        "x.csv:3: column Time: value '9:05': not a time matching 'HH:mm:ss'"),
                problems(CsvFormat.dateTimeColumns(), "Date,Time,Open,High,Low,Close,Volume\n"
                        + "2006-01-02,25:00:00" + BAR + "\n2006-01-02,9:05" + BAR + "\n2006-01-02,09:10:00" + BAR + "\n"));
    }

    @Test
    void aLocalTimeInTheSpringForwardGapIsAnError() {
        assertEquals(List.of("x.csv:2: column Time: value '02:30:00': local time 2021-03-14T02:30 does not exist"
                        + " in America/New_York (daylight-saving gap)"),
                problems(CsvFormat.dateTimeColumns().withZone(NEW_YORK), "Date,Time,Open,High,Low,Close,Volume\n"
                        + "2021-03-14,02:30:00" + BAR + "\n2021-03-14,03:30:00" + BAR + "\n"));
    }

    @Test
    void theRepeatedAutumnHourStaysIncreasing() {
        // New York clocks go back from 02:00 EDT to 01:00 EST on 2021-11-07: 01:30 happens twice
        BarSeries bars = read(CsvFormat.dateTimeColumns().withZone(NEW_YORK), "Date,Time,Open,High,Low,Close,Volume\n"
                + "2021-11-07,01:00:00" + BAR + "\n2021-11-07,01:30:00" + BAR + "\n"
                + "2021-11-07,01:00:00" + BAR + "\n2021-11-07,01:30:00" + BAR + "\n2021-11-07,02:00:00" + BAR + "\n");
        assertEquals(List.of("2021-11-07T05:00:00Z", "2021-11-07T05:30:00Z", "2021-11-07T06:00:00Z",
                "2021-11-07T06:30:00Z", "2021-11-07T07:00:00Z"), instants(bars));
    }

    @Test
    void aPatternWithoutAFullDateIsReported() {
        CsvFormat format = CsvFormat.generic().withDateColumn(ColumnRef.named("Date"), "yyyy-MM");
        assertEquals(List.of("x.csv:2: column Date: value '2020-01': pattern 'yyyy-MM' gives no full date"),
                problems(format, "Date,Open,High,Low,Close,Volume\n2020-01" + BAR + "\n"));
    }

    @Test
    void repeatedDatesOfIntradayRowsAreEachCheckedForTheirTime() {
        BarSeries bars = read(CsvFormat.dateTimeColumns(), "Date,Time,Open,High,Low,Close,Volume\n"
                + "2006-01-02,09:05:00" + BAR + "\n2006-01-02,09:10:00" + BAR + "\n2006-01-03,09:05:00" + BAR + "\n");
        assertArrayEquals(new long[] {1136192700000L, 1136193000000L, 1136279100000L}, bars.times());
    }

    private static BarSeries read(CsvFormat format, String csv) {
        return new CsvBarReader(format).parse("x.csv", csv, "X").series();
    }

    private static List<String> problems(CsvFormat format, String csv) {
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> new CsvBarReader(format).parse("x.csv", csv, "X"));
        // line problems only: whether any row was valid is not what these tests are about
        return e.report().problems().stream().filter(p -> p.line() > 0).map(DataProblem::toString).toList();
    }

    private static List<String> instants(BarSeries bars) {
        return Arrays.stream(bars.times()).mapToObj(t -> Instant.ofEpochMilli(t).toString()).toList();
    }
}
