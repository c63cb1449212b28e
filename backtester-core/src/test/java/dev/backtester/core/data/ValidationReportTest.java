package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    @Test
    void problemTextLeavesOutWhatIsUnknown() {
        assertEquals("orcl.csv:17: column High: value 'abc': not a number",
                new DataProblem("orcl.csv", 17, "High", "abc", "not a number").toString());
        assertEquals("orcl.csv:5: value '1,2': expected 6 fields as on line 1, found 2",
                new DataProblem("orcl.csv", 5, null, "1,2", "expected 6 fields as on line 1, found 2").toString());
        assertEquals("orcl.csv: file is empty", DataProblem.ofFile("orcl.csv", "file is empty").toString());
    }

    @Test
    void longValuesAreShortenedInTheTextButKeptInTheRecord() {
        String longLine = "x".repeat(500);
        DataProblem problem = new DataProblem("f.csv", 2, null, longLine, "expected 6 fields as on line 1, found 1");
        assertEquals(500, problem.value().length());
        assertEquals("f.csv:2: value '" + "x".repeat(120) + "...': expected 6 fields as on line 1, found 1",
                problem.toString());
    }

    @Test
    void summaryListsEveryProblemOrCapsWithACount() {
        ValidationReport report = new ValidationReport("/data/f.csv", List.of(
                new DataProblem("f.csv", 2, "Open", "a", "not a number"),
                new DataProblem("f.csv", 3, "Open", "b", "not a number"),
                new DataProblem("f.csv", 4, "Open", "c", "not a number")));
        assertFalse(report.isClean());
        assertEquals(List.of("3 problems in /data/f.csv:", "  f.csv:2: column Open: value 'a': not a number",
                "  f.csv:3: column Open: value 'b': not a number", "  f.csv:4: column Open: value 'c': not a number"),
                report.summary().lines().toList());
        assertEquals(List.of("3 problems in /data/f.csv:", "  f.csv:2: column Open: value 'a': not a number",
                "  ... and 2 more"), report.summary(1).lines().toList());
    }

    @Test
    void aCleanReportSaysSo() {
        ValidationReport clean = ValidationReport.clean("f.csv");
        assertTrue(clean.isClean());
        assertEquals("f.csv: no problems", clean.summary());
    }

    @Test
    void theExceptionCarriesTheFullReport() {
        ValidationReport report = new ValidationReport("f.csv", List.of(DataProblem.ofFile("f.csv", "file is empty")));
        DataValidationException e = new DataValidationException(report);
        assertEquals(report, e.report());
        assertEquals("1 problem in f.csv:" + System.lineSeparator() + "  f.csv: file is empty", e.getMessage());
    }
}
