package dev.backtester.benchmarks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.Decision;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import org.junit.jupiter.api.Test;

/** The risk-managed benchmark does what it claims: every component is at work on its series. */
class RiskBenchmarksTest {

    @Test
    void kellyTrailingStopExposureLimitAndRegimeFilterAllTakePart() {
        var bars = RiskBenchmarks.series(200_000);
        RunResult r = Backtest.of(RiskBenchmarks.riskManaged()).initialCapital(100_000).run(bars);
        assertTrue(r.trades().size() > 500, "it keeps trading: " + r.trades().size());
        assertTrue(r.trades().stream().anyMatch(t -> t.exitReason() == ExitReason.TRAILING_STOP));
        assertTrue(r.journal().ofKind(Decision.Kind.SIZING).stream()
                .anyMatch(d -> !Double.isNaN(d.figure("kelly_fraction"))), "Kelly sizes from its own trades");
        assertTrue(r.journal().ofKind(Decision.Kind.REGIME).stream().anyMatch(d -> d.detail().contains("not allowed")),
                "the regime filter blocks some entries");
        assertTrue(r.trades().stream().allMatch(t -> t.regimeConfidence() >= 0.8));
        assertTrue(r.journal().ofKind(Decision.Kind.RISK_APPROVED).stream()
                .anyMatch(d -> d.source().startsWith("MaxGrossExposure")));
        RunResult off = Backtest.of(RiskBenchmarks.riskManaged()).initialCapital(100_000).journal(false).run(bars);
        assertEquals(r.trades(), off.trades());
    }
}
