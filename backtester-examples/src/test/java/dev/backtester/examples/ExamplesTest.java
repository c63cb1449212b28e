package dev.backtester.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.ExitReason;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void smaCrossTradesTheBundledDailyBars() {
        RunResult r = SmaCrossExample.run();
        assertEquals(5036, r.metadata().barsProcessed());
        assertEquals(5036, r.equity().size());
        assertTrue(r.metrics().tradeCount() > 50, "an SMA(10/30) cross trades often over 20 years");
        for (Trade t : r.trades()) {
            assertTrue(t.exitBar() > t.entryBar() || t.open(), "a trade exits after it enters");
            assertTrue(t.entryBar() >= 30, "no entry before the slow average is warm and one bar has passed");
        }
    }

    @Test
    void bollingerMeanReversionOnlyEntersBelowTheLowerBand() {
        RunResult r = BollingerMeanReversionExample.run();
        assertTrue(r.trades().size() > 5, "oversold closes below the lower band happen a few times in 20 years");
        assertTrue(r.metrics().exposure() < 0.5, "mean reversion is out of the market most of the time");
    }

    @Test
    void theReportShowsMetricsAndTrades() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), ZoneId.of("America/New_York"))
                .print(SmaCrossExample.run(), 3);
        String report = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"sma-cross-10-30 on ORCL", "1995-01-03 16:00", "Sharpe", "Max drawdown",
                "Win rate", "Profit factor", "more trades"}) {
            assertTrue(report.contains(expected), "report lacks '" + expected + "':\n" + report);
        }
    }

    @Test
    void theRiskManagedExampleRunsEndToEndAndExplainsEveryTrade() {
        RunResult r = RiskManagedExample.run();
        assertTrue(r.trades().size() > 20, "Bollinger entries on three symbols over 20 years");
        boolean trailed = false;
        for (Trade t : r.trades()) {
            assertTrue(Set.of("bull", "neutral").contains(t.regimeAtEntry()), t::toString);
            assertTrue(t.regimeConfidence() >= 0.8, t::toString);
            assertTrue(t.positionSizePct() <= 1.0 + 1e-9, "gross exposure never above equity at entry: " + t);
            trailed |= t.exitReason() == ExitReason.TRAILING_STOP;
            List<Decision.Kind> chain = r.journal().explain(t.id()).stream().map(Decision::kind).toList();
            assertEquals(Decision.Kind.SIGNAL, chain.get(0));
            assertTrue(chain.containsAll(List.of(Decision.Kind.REGIME, Decision.Kind.SIZING,
                    Decision.Kind.RISK_APPROVED, Decision.Kind.ORDER, Decision.Kind.STOP_SET)), chain::toString);
            assertEquals(!t.open(), chain.contains(Decision.Kind.EXIT));
        }
        assertTrue(trailed, "the 2% trailing stop closes trades");
        Decision sizing = r.journal().ofKind(Decision.Kind.SIZING).get(0);
        assertEquals(1.0, sizing.figure("kelly_fallback"), "Kelly falls back until 20 trades have closed");
        assertTrue(r.journal().ofKind(Decision.Kind.SIZING).stream().anyMatch(d -> !Double.isNaN(d.figure("kelly_fraction"))),
                "after 20 closed trades Kelly sizes from the strategy's own trades");
    }

    @Test
    void theDemoPrintsTheJournalOfATrade() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RiskManagedExample.print(RiskManagedExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"bb-risk-managed on ORCL, NVDA, YHOO", "Why trade 1", "SIGNAL", "REGIME",
                "SIZING kelly", "RISK_APPROVED", "STOP_SET", "EXIT"}) {
            assertTrue(out.contains(expected), "output lacks '" + expected + "':\n" + out);
        }
    }
}
