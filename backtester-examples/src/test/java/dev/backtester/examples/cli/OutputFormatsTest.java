package dev.backtester.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.Trade;
import dev.backtester.api.run.RunProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small writers behind the output files. */
class OutputFormatsTest {
    @TempDir
    Path temp;

    @Test
    void jsonIsIndentedAndEscaped() {
        String json = new JsonWriter().beginObject().name("a").value("x\"y\n").name("b").beginArray().value(1L)
                .value(Double.POSITIVE_INFINITY).endArray().name("c").beginObject().endObject().endObject().toString();

        assertEquals("{\n  \"a\": \"x\\\"y\\n\",\n  \"b\": [\n    1,\n    null\n  ],\n  \"c\": {}\n}\n", json);
    }

    @Test
    void tradesWithAwkwardSymbolsAndExactNumbersReadBack() throws IOException {
        List<Trade> trades = List.of(
                new Trade(1, "BRK,B \"A\"", Direction.SHORT, 1_000L, 0.1 + 0.2, 86_401_000L, 1e-9, 3.5, -1.0 / 3, -0.5,
                        0.25, 0.125, 0.0625, -0.01, 1, 7, false, ExitReason.STOP_LOSS,
                        EntrySignal.of("entry_short", Map.of("close", 0.3)), 1.5, 2.25, "bear, calm", 0.75,
                        Double.NaN, 1e6, 0.5, 1.25, 0.1, 0.4, 0.01),
                new Trade(2, "ORCL", Direction.LONG, 2_000L, 10, 3_000L, 11, 1, 1, 1, 0, 0, 0, 0, 2, 3, true,
                        ExitReason.END_OF_DATA, EntrySignal.NONE, 0, 0, "", Double.NaN, 0.02, 5, 0.1, 0.1, 0, 1, 0));
        Path file = temp.resolve("trades.csv");

        TradesCsv.write(trades, file);

        assertEquals(trades, TradesCsv.read(file));
    }

    @Test
    void monthlyReturnsChainMonthEndsFromTheInitialCapital() {
        long day = 86_400_000L;
        long jan31 = 1_706_745_600_000L; // 2024-02-01T00:00Z: the end of the bar of Jan 31
        EquityCurve curve = new EquityCurve(new long[] {jan31 - day, jan31, jan31 + day, jan31 + 28 * day},
                new double[] {100, 110, 121, 99}, new double[] {0, 0, 0, 0});

        MonthlyReturns returns = MonthlyReturns.of(curve, 100, ZoneOffset.UTC);

        double[] year = returns.byYear().get(2024);
        assertEquals(0.10, year[0], 1e-12, "January: 110 over the 100 started with");
        assertEquals(99 / 110.0 - 1, year[1], 1e-12, "February: 99 over January's 110");
        assertTrue(Double.isNaN(year[2]), "no March bars");
        assertEquals(-0.01, year[12], 1e-12, "the year: 99 over 100");
    }

    @Test
    void theProgressBarShowsPercentAndBars() {
        assertEquals("  45% [#############-----------------] 2,266/5,036 bars",
                ProgressBar.render(new RunProgress("s", 2266, 5036)));
        assertEquals(" 100% [##############################] 0/0 bars", ProgressBar.render(new RunProgress("s", 0, 0)));
    }
}
