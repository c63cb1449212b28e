package dev.backtester.timescale.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunMetadata;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.Trade;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunComparisonTest {
    private static RunResult result(double finalEquity, int trades) {
        RunMetadata metadata = new RunMetadata("id", "s", List.of("A"), "next_bar_open", false, 100, 0, 1, 2, 3, "v");
        EquityCurve equity = new EquityCurve(new long[] {0, 1}, new double[] {100, finalEquity}, new double[] {100, 100});
        Trade trade = new Trade(1, "A", Direction.LONG, 0, 10, 1, 11, 1, 1, 1, 0, 0, 0, 0, 0, 1, false,
                ExitReason.SIGNAL, EntrySignal.NONE, 1, 0, "", Double.NaN, 0.2, 1000, 0.1, 0.1, 0, 0.5, 0);
        Metrics metrics = new Metrics(100, finalEquity, finalEquity / 100 - 1, Double.NaN, 0.1, 1.0, 2.0, 0.05, 3, 4,
                0.5, Double.POSITIVE_INFINITY, 1, 0.5, trades, 0, 1, 252, 0);
        return new RunResult(metadata, equity, Collections.nCopies(trades, trade), metrics);
    }

    @Test
    void deltasAreCandidateMinusBaselineForEveryMetric() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        RunComparison comparison = RunComparison.of(a, result(110, 2), b, result(125, 5));

        assertEquals(19, comparison.metricDeltas().size());
        assertEquals("initialCapital", comparison.metricDeltas().keySet().iterator().next());
        assertEquals(15.0, comparison.delta("finalEquity"));
        assertEquals(3.0, comparison.delta("tradeCount"));
        assertTrue(Double.isNaN(comparison.delta("cagr")), "NaN on both sides stays NaN");
        assertTrue(Double.isNaN(comparison.delta("profitFactor")), "infinite minus infinite is undefined");
        assertEquals(3, comparison.tradeCountDifference());
        assertFalse(comparison.fingerprintsEqual());
        assertThrows(IllegalArgumentException.class, () -> comparison.delta("nope"));
    }

    @Test
    void identicalResultsHaveEqualFingerprints() {
        RunComparison same = RunComparison.of(UUID.randomUUID(), result(110, 2), UUID.randomUUID(), result(110, 2));
        assertTrue(same.fingerprintsEqual());
        assertEquals(0, same.tradeCountDifference());
        assertEquals(0.0, same.delta("finalEquity"));
    }
}
