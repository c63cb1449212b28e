package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarValidatorTest {

    @Test
    void aValidBarHasNoIssues() {
        assertTrue(BarValidator.checkBar(0, 10, 11, 9, 10.5, 0).isEmpty());
        // a bar where all four prices are equal is valid: a flat minute
        assertTrue(BarValidator.checkBar(0, 10, 10, 10, 10, 5).isEmpty());
    }

    @Test
    void eachRuleNamesItsField() {
        assertEquals(List.of("bar 3: HIGH: below low 9.0"), texts(BarValidator.checkBar(3, 10, 8, 9, 8.5, 1)));
        assertEquals(List.of("bar 0: OPEN: outside [low, high] = [9.0, 11.0]"),
                texts(BarValidator.checkBar(0, 12, 11, 9, 10, 1)));
        assertEquals(List.of("bar 0: CLOSE: outside [low, high] = [9.0, 11.0]"),
                texts(BarValidator.checkBar(0, 10, 11, 9, 8.9, 1)));
        assertEquals(List.of("bar 0: VOLUME: negative volume"), texts(BarValidator.checkBar(0, 10, 11, 9, 10, -1)));
        assertEquals(List.of("bar 0: LOW: price not positive"), texts(BarValidator.checkBar(0, 10, 11, 0, 10, 1)));
    }

    @Test
    void nonFiniteValuesAreReportedAloneWithoutFollowUpComparisons() {
        assertEquals(List.of("bar 1: OPEN: not a finite number", "bar 1: VOLUME: not a finite number"),
                texts(BarValidator.checkBar(1, Double.NaN, 11, 9, 10, Double.POSITIVE_INFINITY)));
    }

    @Test
    void timesMustStrictlyIncrease() {
        long[] times = {10, 5, 7, 12, 12};
        double[] open = {10, 10, 10, 10, 10};
        double[] high = {11, 11, 11, 11, 11};
        double[] low = {9, 9, 9, 9, 9};
        double[] volume = {1, 1, 1, 1, 1};
        List<BarIssue> issues = BarValidator.validate(times, open, high, low, open, volume);
        // bar 2 (time 7) is after bar 1 but still before bar 0: it is compared with the last bar in order
        assertEquals(List.of(
                "bar 1: TIME: time earlier than the previous bar (previous bar 0)",
                "bar 2: TIME: time earlier than the previous bar (previous bar 0)",
                "bar 4: TIME: duplicate time (previous bar 3)"), texts(issues));
    }

    @Test
    void issuesComeInBarOrder() {
        long[] times = {1, 2, 2};
        List<BarIssue> issues = BarValidator.validate(times, new double[] {10, 10, 10}, new double[] {11, 8, 11},
                new double[] {9, 9, 9}, new double[] {10, 10, 10}, new double[] {1, 1, -1});
        assertEquals(List.of("bar 1: HIGH: below low 9.0", "bar 2: VOLUME: negative volume",
                "bar 2: TIME: duplicate time (previous bar 1)"), texts(issues));
    }

    @Test
    void columnsOfDifferentLengthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BarValidator.validate(new long[2], new double[2],
                new double[2], new double[2], new double[1], new double[2]));
    }

    @Test
    void validatesTheValuesOfASeries() {
        BarSeries series = new BarSeries("X", new long[] {1, 2}, new double[] {10, 10}, new double[] {11, 11},
                new double[] {9, 9}, new double[] {10, 12}, new double[] {0, 0});
        assertEquals(List.of("bar 1: CLOSE: outside [low, high] = [9.0, 11.0]"), texts(BarValidator.validate(series)));
    }

    private static List<String> texts(List<BarIssue> issues) {
        return issues.stream().map(BarIssue::toString).toList();
    }
}
