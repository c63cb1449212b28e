package dev.backtester.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
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
}
