package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bad file under {@code data/bad} is reported with file, line, column, value and reason. */
class CsvBadInputTest {

    private static final CsvBarReader FAILING = new CsvBarReader(CsvFormat.generic());
    private static final CsvBarReader DROPPING = new CsvBarReader(CsvFormat.generic(), BadBarPolicy.DROP_AND_REPORT);

    @Test
    void unsortedTimeNamesTheLineAndThePreviousLine() {
        assertProblems("unsorted.csv",
                "unsorted.csv:4: column Date: value '2020-01-03': time earlier than the previous bar: line 3 has '2020-01-06'");
    }

    @Test
    void duplicateTimeNamesTheLineAndThePreviousLine() {
        assertProblems("duplicate.csv",
                "duplicate.csv:4: column Date: value '2020-01-03': duplicate time: line 3 has '2020-01-03'");
    }

    @Test
    void highBelowLow() {
        assertProblems("high-below-low.csv", "high-below-low.csv:3: column High: value '8.5': below low 9.0");
    }

    @Test
    void notANumberIsNotFinite() {
        assertProblems("nan.csv", "nan.csv:3: column Close: value 'NaN': not a finite number");
    }

    @Test
    void missingColumnsAreReportedOnceWithTheHeader() {
        assertProblems("missing-columns.csv",
                "missing-columns.csv:1: column Low, Volume: value 'Date,Open,High,Close': missing in the header");
    }

    @Test
    void emptyFile() {
        assertProblems("empty.csv", "empty.csv: file is empty");
    }

    @Test
    void headerOnly() {
        assertProblems("header-only.csv", "header-only.csv: no data rows after the header");
    }

    @Test
    void unparseableNumber() {
        assertProblems("unparseable-number.csv", "unparseable-number.csv:3: column High: value 'abc': not a number");
    }

    @Test
    void impossibleAndMisformattedDates() {
        assertProblems("bad-date.csv",
                "bad-date.csv:3: column Date: value '2020-02-30': not a date matching 'yyyy-MM-dd'",
                "bad-date.csv:4: column Date: value '2020/03/02': not a date matching 'yyyy-MM-dd'");
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() {
        assertProblems("many-problems.csv",
                "many-problems.csv:3: column Volume: value '-5': negative volume",
                "many-problems.csv:4: column Open: value '12': outside [low, high] = [9.0, 11.0]",
                "many-problems.csv:5: value '2020-01-07,10,11,9,10.5': expected 6 fields as on line 1, found 5",
                "many-problems.csv:7: column Date: value '2020-01-08': duplicate time: line 6 has '2020-01-08'",
                "many-problems.csv:8: column Close: value 'Infinity': not a finite number",
                "many-problems.csv:9: column Open: value '0': price not positive",
                "many-problems.csv:11: value '2020-01-14,10,11,9,10.5,100,7': expected 6 fields as on line 1, found 7",
                "many-problems.csv:13: column Close: value '1O.5': not a number");
    }

    @Test
    void exceptionMessageListsEveryProblemUnderAHeadline() {
        Path file = TestData.file("bad/many-problems.csv");
        DataValidationException e = assertThrows(DataValidationException.class, () -> FAILING.read(file));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("8 problems in " + file + ":", lines.get(0));
        assertEquals("  many-problems.csv:3: column Volume: value '-5': negative volume", lines.get(1));
        assertEquals(9, lines.size());
    }

    @Test
    void dropAndReportKeepsTheCleanRowsAndReportsTheRest() {
        CsvLoad load = DROPPING.load(TestData.file("bad/many-problems.csv"));
        BarSeries bars = load.series();
        // the clean rows are lines 2, 6 and 10 (volume 1e3 is a valid number)
        assertEquals(3, bars.size());
        assertArrayEquals(new double[] {100, 100, 1000}, bars.column(PriceField.VOLUME));
        assertEquals(8, load.report().problems().size());
        assertEquals(8, load.droppedRows());
        assertEquals("many-problems", bars.symbol());
    }

    @Test
    void dropAndReportDropsTheLaterRowOfADuplicate() {
        CsvLoad load = DROPPING.load(TestData.file("bad/duplicate.csv"));
        assertEquals(3, load.series().size());
        // the kept 2020-01-03 bar is the first one, close 10.5; the duplicate had close 10.6
        assertEquals(10.5, load.series().close(1));
        assertEquals(1, load.droppedRows());
    }

    @Test
    void dropAndReportDropsTheRowThatGoesBackInTime() {
        CsvLoad load = DROPPING.load(TestData.file("bad/unsorted.csv"));
        assertEquals(3, load.series().size());
        assertEquals(List.of(4), load.report().problems().stream().map(DataProblem::line).toList());
    }

    @Test
    void fileLevelProblemsFailEvenWhenDropping() {
        for (String name : List.of("empty.csv", "header-only.csv", "missing-columns.csv")) {
            Path file = TestData.file("bad/" + name);
            DataValidationException e = assertThrows(DataValidationException.class, () -> DROPPING.load(file));
            assertEquals(1, e.report().problems().size(), name);
        }
    }

    @Test
    void aFileWithNoValidRowFailsEvenWhenDropping() {
        String text = "Date,Open,High,Low,Close,Volume\n2020-01-02,10,8,9,10,1\n2020-01-03,x,11,9,10,1\n";
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> DROPPING.parse("all-bad.csv", text, "X"));
        assertEquals(List.of(
                "all-bad.csv: no valid row among the 2 data rows",
                "all-bad.csv:2: column High: value '8': below low 9.0",
                "all-bad.csv:3: column Open: value 'x': not a number"),
                e.report().problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void theMessageIsCappedButTheReportKeepsEveryProblem() {
        StringBuilder text = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 28; i++) {
            text.append(day).append(",10,11,9,10,1\n");
            text.append(day.plusDays(1)).append(",10,11,9,oops,1\n");
            text.append(day.plusDays(2)).append(",10,11,12,10,1\n");
            day = day.plusDays(3);
        }
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> FAILING.parse("noisy.csv", text.toString(), "X"));
        assertEquals(56, e.report().problems().size());
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(1 + DataValidationException.MAX_PROBLEMS_IN_MESSAGE + 1, lines.size());
        assertEquals("  ... and 6 more", lines.get(lines.size() - 1));
    }

    @Test
    void aQuotedNumberIsReportedNotGuessed() {
        String text = "Date,Open,High,Low,Close,Volume\n2020-01-02,\"10\",11,9,10,1\n";
        DataValidationException e = assertThrows(DataValidationException.class, () -> FAILING.parse("q.csv", text, "Q"));
        assertEquals(List.of("q.csv: no valid row among the 1 data rows",
                "q.csv:2: column Open: value '\"10\"': not a number"),
                e.report().problems().stream().map(DataProblem::toString).toList());
    }

    private static void assertProblems(String name, String... expected) {
        Path file = TestData.file("bad/" + name);
        DataValidationException e = assertThrows(DataValidationException.class, () -> FAILING.read(file));
        assertEquals(List.of(expected), e.report().problems().stream().map(DataProblem::toString).toList());
        assertEquals(file.toString(), e.report().source());
    }
}
