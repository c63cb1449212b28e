package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.calendar.Calendars;
import dev.backtester.core.calendar.OutOfSessionPolicy;
import dev.backtester.core.calendar.SessionCalendar;
import dev.backtester.core.data.DataFinding.Kind;
import dev.backtester.core.data.DataFinding.Resolution;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesValidatorTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SessionCalendar HOUR = SessionCalendar.weekdays("mini", BERLIN, LocalTime.of(9, 0),
            LocalTime.of(10, 0));
    private static final QualityRules FIVE_MINUTE_GRID = QualityRules.basic().withCalendar(HOUR, Duration.ofMinutes(5));

    /** Raw columns built bar by bar, times as local Berlin times. */
    private static final class Raw {
        final List<long[]> times = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();

        Raw bar(String local, double o, double h, double l, double c, double v) {
            times.add(new long[] {millis(local)});
            values.add(new double[] {o, h, l, c, v});
            return this;
        }

        Raw flat(String local, double price) {
            return bar(local, price, price, price, price, 10);
        }

        ValidatedSeries validate(SeriesValidator validator) {
            int n = times.size();
            long[] t = new long[n];
            double[][] columns = new double[5][n];
            for (int i = 0; i < n; i++) {
                t[i] = times.get(i)[0];
                for (int k = 0; k < 5; k++) {
                    columns[k][i] = values.get(i)[k];
                }
            }
            return validator.validate("ES", t, columns[0], columns[1], columns[2], columns[3], columns[4]);
        }
    }

    private static Raw badBars() {
        return new Raw()
                .flat("2006-01-02T09:05", 10)
                .bar("2006-01-02T09:10", 10, 9, 11, 10, 5)       // high below low
                .bar("2006-01-02T09:15", 12, 11, 9, 10, 5)       // open above high
                .bar("2006-01-02T09:20", 10, 11, 9, 8, 5)        // close below low
                .bar("2006-01-02T09:25", 0, 11, 0, 10, 5)        // prices not positive
                .bar("2006-01-02T09:30", Double.NaN, 11, 9, 10, 5)
                .bar("2006-01-02T09:35", 10, 11, 9, 10, -1)      // negative volume
                .flat("2006-01-02T09:40", 11);
    }

    @Test
    void everyBrokenBarRuleIsAFindingWithSymbolTimeAndValues() {
        ValidatedSeries result = badBars().validate(new SeriesValidator(QualityRules.basic(), QualityPolicy.DROP_AND_REPORT));

        QualityReport report = result.report();
        assertEquals(6, report.count(Kind.INVALID_BAR));
        DataFinding highBelowLow = report.findings().get(0);
        assertEquals("ES", highBelowLow.symbol());
        assertEquals(1, highBelowLow.bar());
        assertEquals(millis("2006-01-02T09:10"), highBelowLow.time());
        assertEquals("open=10.0 high=9.0 low=11.0 close=10.0 volume=5.0", highBelowLow.values());
        assertEquals("high: below low 11.0", highBelowLow.message());
        assertTrue(report.findings().get(2).message().startsWith("close: outside [low, high]"));
        assertTrue(report.findings().get(4).message().startsWith("open: not a finite number"));
        assertTrue(report.findings().get(5).message().startsWith("volume: negative volume"));
        assertTrue(report.summary(10).contains("ES bar 1 at 2006-01-02T08:10Z"), report.summary(10));
        assertEquals(2, result.series().size(), "only the two good bars are left");
        report.findings().forEach(f -> assertEquals(Resolution.DROPPED, f.resolution()));
    }

    @Test
    void failListsEveryFindingAndKeepsNothing() {
        DataQualityException e = assertThrows(DataQualityException.class,
                () -> badBars().validate(new SeriesValidator(QualityRules.basic(), QualityPolicy.FAIL)));
        assertEquals(6, e.report().findings().size());
        assertTrue(e.getMessage().startsWith("6 findings in ES:"), e.getMessage());
        e.report().findings().forEach(f -> assertEquals(Resolution.FAILED, f.resolution()));
    }

    @Test
    void forwardFillReplacesBadBarsWithTheLastCloseAndNoVolumeButDropsABadFirstBar() {
        ValidatedSeries result = new Raw()
                .bar("2006-01-02T09:05", 10, 9, 11, 10, 5)
                .flat("2006-01-02T09:10", 10)
                .bar("2006-01-02T09:15", 12, 11, 9, 10, 5)
                .flat("2006-01-02T09:20", 11)
                .validate(new SeriesValidator(QualityRules.basic(), QualityPolicy.FORWARD_FILL));

        assertEquals(List.of(Resolution.DROPPED, Resolution.FILLED),
                result.report().findings().stream().map(DataFinding::resolution).toList());
        BarSeries bars = result.series();
        assertEquals(3, bars.size());
        assertArrayEquals(new double[] {10, 10, 10, 10, 0},
                new double[] {bars.open(1), bars.high(1), bars.low(1), bars.close(1), bars.volume(1)});
    }

    @Test
    void duplicateAndBackwardTimesAreDroppedOnceEach() {
        ValidatedSeries result = new Raw()
                .flat("2006-01-02T09:05", 10)
                .flat("2006-01-02T09:05", 11)
                .flat("2006-01-02T09:10", 12)
                .flat("2006-01-02T09:00", 13)
                .flat("2006-01-02T09:15", 14)
                .validate(new SeriesValidator(QualityRules.basic(), QualityPolicy.FORWARD_FILL));

        assertEquals(List.of(Kind.DUPLICATE_TIME, Kind.TIME_NOT_INCREASING),
                result.report().findings().stream().map(DataFinding::kind).toList());
        assertEquals("same time as bar 0 at 2006-01-02T08:05:00Z", result.report().findings().get(0).message());
        assertArrayEquals(new double[] {10, 12, 14}, result.series().column(PriceField.CLOSE));
    }

    @Test
    void missingBarsInsideASessionAreAGapButTheNightIsNot() {
        Raw raw = new Raw()
                .flat("2006-01-02T09:50", 10)
                .flat("2006-01-02T09:55", 11)
                .flat("2006-01-02T10:00", 12)
                .flat("2006-01-03T09:05", 13)
                .flat("2006-01-03T09:10", 14)
                .flat("2006-01-03T09:25", 15);

        ValidatedSeries reported = raw.validate(new SeriesValidator(FIVE_MINUTE_GRID, QualityPolicy.DROP_AND_REPORT));
        assertEquals(1, reported.report().findings().size(), reported.report().toString());
        DataFinding gap = reported.report().findings().get(0);
        assertEquals(Kind.GAP, gap.kind());
        assertEquals(5, gap.bar());
        assertEquals("2 expected bars missing after the bar at 2006-01-03T09:10+01:00[Europe/Berlin]: ending "
                + "2006-01-03T09:15+01:00[Europe/Berlin] .. 2006-01-03T09:20+01:00[Europe/Berlin]", gap.message());
        assertEquals(Resolution.KEPT, gap.resolution());
        assertEquals(6, reported.series().size());

        ValidatedSeries filled = raw.validate(new SeriesValidator(FIVE_MINUTE_GRID, QualityPolicy.FORWARD_FILL));
        BarSeries bars = filled.series();
        assertEquals(8, bars.size());
        assertEquals(millis("2006-01-03T09:15"), bars.time(5));
        assertEquals(millis("2006-01-03T09:20"), bars.time(6));
        assertArrayEquals(new double[] {14, 14, 14, 14, 0},
                new double[] {bars.open(6), bars.high(6), bars.low(6), bars.close(6), bars.volume(6)});
        assertThrows(DataQualityException.class, () -> raw.validate(new SeriesValidator(FIVE_MINUTE_GRID, QualityPolicy.FAIL)));
    }

    @Test
    void aMissingSessionOfDailyBarsIsAGapAndHolidaysAreNot() {
        QualityRules daily = QualityRules.basic().withCalendar(
                HOUR.withHolidays(List.of(java.time.LocalDate.of(2006, 1, 4))), Duration.ofDays(1));
        ValidatedSeries result = new Raw()
                .flat("2006-01-02T10:00", 10)
                .flat("2006-01-03T10:00", 11)
                .flat("2006-01-05T10:00", 12)
                .flat("2006-01-09T10:00", 13)
                .validate(new SeriesValidator(daily, QualityPolicy.FORWARD_FILL));

        assertEquals(1, result.report().count(Kind.GAP), result.report().toString());
        assertTrue(result.report().findings().get(0).message().startsWith("1 expected bar missing"));
        assertEquals(millis("2006-01-06T10:00"), result.series().time(3), "Friday filled; Wednesday is a holiday");
    }

    @Test
    void outlierReturnsAreReportedAndKeptOrFail() {
        Raw raw = new Raw().flat("2006-01-02T09:05", 10).flat("2006-01-02T09:10", 13).flat("2006-01-02T09:15", 12);
        QualityRules rules = QualityRules.basic().withMaxAbsReturn(0.2);

        ValidatedSeries kept = raw.validate(new SeriesValidator(rules, QualityPolicy.DROP_AND_REPORT));
        assertEquals(1, kept.report().count(Kind.OUTLIER_RETURN));
        assertTrue(kept.report().findings().get(0).message().startsWith("return +30.00% from the previous close 10.0"),
                kept.report().findings().get(0).message());
        assertEquals(3, kept.series().size());
        assertThrows(DataQualityException.class, () -> raw.validate(new SeriesValidator(rules, QualityPolicy.FAIL)));
    }

    @Test
    void barsOutsideTheSessionFollowTheirOwnPolicy() {
        Raw raw = new Raw().flat("2006-01-02T08:55", 10).flat("2006-01-02T09:05", 11).flat("2006-01-02T12:00", 12);

        ValidatedSeries dropped = raw.validate(new SeriesValidator(
                QualityRules.basic().withCalendar(HOUR, null).withOutOfSession(OutOfSessionPolicy.DROP),
                QualityPolicy.FAIL));
        assertEquals(1, dropped.series().size());
        assertEquals(2, dropped.report().count(Kind.OUTSIDE_SESSION));

        ValidatedSeries kept = raw.validate(new SeriesValidator(
                FIVE_MINUTE_GRID.withOutOfSession(OutOfSessionPolicy.KEEP), QualityPolicy.DROP_AND_REPORT));
        assertEquals(3, kept.series().size());
        assertEquals(Resolution.KEPT, kept.report().findings().get(0).resolution());

        DataQualityException e = assertThrows(DataQualityException.class, () -> raw.validate(new SeriesValidator(
                FIVE_MINUTE_GRID.withOutOfSession(OutOfSessionPolicy.FAIL), QualityPolicy.DROP_AND_REPORT)));
        assertTrue(e.getMessage().contains("ES bar 0 at 2006-01-02T08:55+01:00[Europe/Berlin]: OUTSIDE_SESSION"),
                e.getMessage());
    }

    @Test
    void theBundledFiveMinuteBarsAreCleanAndTheMinuteBarsHaveGapsButNoBadBars() {
        BarSeries index = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(BERLIN)).read(TestData.file("2006-min-005.txt"));
        QualityRules indexRules = QualityRules.basic().withCalendar(Calendars.europeanIndex(), Duration.ofMinutes(5))
                .withMaxAbsReturn(0.05).withOutOfSession(OutOfSessionPolicy.FAIL);
        assertTrue(new SeriesValidator(indexRules, QualityPolicy.FAIL).validate(index).report().isClean());

        BarSeries future = new CsvBarReader(CsvFormat.dateTimeColumns().withZone(BERLIN).byPosition())
                .read(TestData.file("2006-01-02-volume-min-001.txt"));
        QualityRules futureRules = QualityRules.basic().withCalendar(Calendars.europeanIndexFuture(), Duration.ofMinutes(1));
        QualityReport report = new SeriesValidator(futureRules, QualityPolicy.DROP_AND_REPORT).validate(future).report();
        assertEquals(report.findings().size(), report.count(Kind.GAP), "minutes without trades are the only findings");
        assertTrue(report.count(Kind.GAP) > 100, "the future does not trade every minute");
        ValidatedSeries filled = new SeriesValidator(futureRules, QualityPolicy.FORWARD_FILL).validate(future);
        assertEquals(41 * 780, filled.series().size(), "41 sessions of 780 minutes once every gap is filled");
    }

    private static long millis(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant().toEpochMilli();
    }
}
