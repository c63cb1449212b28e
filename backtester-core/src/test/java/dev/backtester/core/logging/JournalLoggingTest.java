package dev.backtester.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.risk.RiskRules;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decision journal's events reach SLF4J 2 as structured key-value events, and not when it is off. */
class JournalLoggingTest {
    private static final String JOURNAL = "dev.backtester.journal";

    @AfterEach
    void stopRecording() {
        RecordingLogs.stop(JOURNAL);
    }

    private static BarSeries bars() {
        Random random = new Random(5);
        int n = 400;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = 1_600_000_000_000L + i * 86_400_000L;
            o[i] = price;
            price *= Math.exp(random.nextGaussian() * 0.02);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) * 1.005;
            l[i] = Math.min(o[i], c[i]) * 0.995;
            v[i] = 1_000_000;
        }
        return new BarSeries("X", t, o, h, l, c, v);
    }

    private static Strategy strategy() {
        StrategyBuilder b = StrategyBuilder.named("logged");
        Series fast = b.indicator(Indicators.sma(5));
        Series slow = b.indicator(Indicators.sma(20));
        return b.entryLong(w -> w.crossedAbove(fast, slow)).exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(Sizers.percentOfEquity(0.5)).risk(RiskRules.trailingStop(0.03)).build();
    }

    @Test
    void everyJournalDecisionIsAKeyValueEventAndEachEntryATradeExecutedEvent() {
        List<Map<String, Object>> events = RecordingLogs.record(JOURNAL);
        RunResult r = Backtest.of(strategy()).run(bars());
        List<Map<String, Object>> executed = events.stream().filter(e -> "trade_executed".equals(e.get("event"))).toList();
        assertEquals(r.trades().size(), executed.size());
        Map<String, Object> first = executed.get(0);
        for (String key : List.of("strategy", "symbol", "direction", "price", "shares", "portfolio_heat", "regime",
                "signal", "trade_id", "time")) {
            assertTrue(first.containsKey(key), () -> key + " missing in " + first);
        }
        assertEquals("logged", first.get("strategy"));
        assertEquals("long", first.get("direction"));
        assertEquals(r.trades().get(0).id(), first.get("trade_id"));
        long decisions = events.stream().filter(e -> !"trade_executed".equals(e.get("event"))).count();
        assertEquals(r.journal().decisions().size(), decisions, "one event per journal decision");
        assertTrue(events.stream().anyMatch(e -> "stop_moved".equals(e.get("event")) && e.containsKey("to")));
        assertTrue(events.stream().anyMatch(e -> "position_sized".equals(e.get("event")) && e.containsKey("shares")));
    }

    @Test
    void withTheJournalOffNothingIsLogged() {
        List<Map<String, Object>> events = RecordingLogs.record(JOURNAL);
        Backtest.of(strategy()).journal(false).run(bars());
        assertTrue(events.isEmpty(), events::toString);
    }
}
