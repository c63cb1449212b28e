package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.config.ConfigLoader;
import dev.backtester.core.config.StrategyConfig;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.engine.Recording;
import dev.backtester.timescale.prices.DatabaseDataProvider;
import dev.backtester.timescale.prices.PriceIngestor;
import dev.backtester.timescale.prices.TimeRange;
import dev.backtester.timescale.runs.RunDescription;
import dev.backtester.timescale.runs.RunQuery;
import dev.backtester.timescale.runs.RunRepository;
import dev.backtester.timescale.runs.RunStatus;
import dev.backtester.timescale.runs.RunSummary;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.SchemaMigrator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CSV files into the database, a backtest fed from the database, the run stored and loaded back. */
class RunRoundTripIT {
    private static final List<String> FILES = List.of("orcl-1995-2014.txt", "nvda-1999-2014.txt", "yhoo-1996-2014.txt");
    private static final List<String> SYMBOLS = List.of("ORCL", "NVDA", "YHOO");
    private static Database db;
    private static RunRepository runs;

    @BeforeAll
    static void migrate() {
        db = TestPostgres.freshSchema("it_round_trip");
        new SchemaMigrator(db).migrate();
        runs = new RunRepository(db);
    }

    @Test
    void aBacktestFedFromTheDatabaseIsStoredAndLoadedBackBitIdentical() {
        PriceIngestor ingestor = new PriceIngestor(db);
        List<BarSeries> fromCsv = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            ingestor.ingestCsv(TestData.file(FILES.get(i)), SYMBOLS.get(i), "1d", CsvFormat.yahoo());
            fromCsv.add(TestData.yahoo(FILES.get(i), SYMBOLS.get(i)));
        }
        List<BarSeries> fromDb = DatabaseDataProvider.of(db, "1d", TimeRange.ALL, SYMBOLS).loadAll();
        assertEquals(fromCsv, fromDb);

        Backtest backtest = Backtest.of(TestStrategies.momentum("momentum-20", 20)).initialCapital(250_000);
        RunResult inMemory = backtest.run(fromCsv);
        RunResult fromDatabase = backtest.run(fromDb);
        assertTrue(inMemory.trades().size() > 100, "a run with many trades: " + inMemory.trades().size());

        UUID id = runs.save(RunDescription.backtest("1.0.0", "strategy-hash", "param-hash", "lookback: 20\n", "three"),
                fromDatabase);
        RunResult loaded = runs.loadResult(id).orElseThrow();

        assertEquals(fromDatabase, loaded, "metadata, equity, trades, metrics, orders, cash flows and journal all come back equal");
        assertTrue(fromDatabase.journal().enabled() && fromDatabase.journal().decisions().size() > 1000,
                "a journal with many decisions: " + fromDatabase.journal().decisions().size());
        assertEquals(RunFingerprint.of(inMemory), RunFingerprint.of(loaded));
        assertEquals(inMemory.trades(), loaded.trades());
        assertEquals(inMemory.equity(), loaded.equity());
        assertEquals(inMemory.metrics(), loaded.metrics());
        assertEquals(RunStatus.COMPLETED, runs.find(id).orElseThrow().status());
        assertEquals(inMemory.trades().size(), runs.find(id).orElseThrow().tradesCount());
    }

    @Test
    void aYamlConfiguredRunIsStoredWithItsVersionHashesAndText() {
        String yaml = """
                strategy: bb_mean_reversion
                version: "2.1.0"
                runtime: {candle_interval: "1d", warmup_periods: 100}
                components:
                  indicators:
                    - bollinger_bands: {period: 20, std_dev: 2.0}
                    - rsi: {period: 14}
                  signals:
                    entry_long: [{bb_lower_touch: {}}, {rsi_oversold: {threshold: 30}}]
                    exit_long: [{bb_upper_touch: {}}]
                  sizing: {type: percent_of_equity, params: {pct: 0.95}}
                backtest: {initial_capital: 100000.0, universe: "O'Reilly; 日本株"}
                execution: {fill_model: next_open, commission_model: {type: percent, rate: 0.001}}
                """;
        StrategyConfig config = new ConfigLoader().parse("bb.yaml", yaml);
        RunResult result = Backtest.of(config.strategy()).initialCapital(config.backtest().initialCapital())
                .run(TestData.yahoo("orcl-1995-2014.txt", "ORCL"));

        UUID id = runs.save(RunDescription.of(config), result);

        RunDescription stored = runs.find(id).orElseThrow().description();
        assertEquals("2.1.0", stored.strategyVersion());
        assertEquals(config.hashes().strategyHash(), stored.strategyHash());
        assertEquals(config.hashes().parameterHash(), stored.paramHash());
        assertEquals(yaml, stored.paramYaml());
        assertEquals("O'Reilly; 日本株", stored.universeName());
        assertEquals(List.of(id), runs.list(RunQuery.all().hash(config.hashes().strategyHash())).stream()
                .map(RunSummary::id).toList());
        assertEquals(result, runs.loadResult(id).orElseThrow());
    }

    @Test
    void shortsFractionalSharesAndOpenTradesRoundTrip() {
        List<BarSeries> series = List.of(TestData.randomWalk("A", 11, 700, 0), TestData.randomWalk("B", 12, 650, 3_600_000L));
        RunResult result = Backtest.of(TestStrategies.randomTrader("random", 5)).initialCapital(10_000).run(series);
        assertTrue(result.trades().stream().anyMatch(t -> t.direction() == Direction.SHORT), "has shorts");
        assertTrue(result.trades().stream().anyMatch(Trade::open), "has open trades");
        assertTrue(result.trades().stream().anyMatch(t -> t.shares() != Math.floor(t.shares())), "has fractions");

        UUID id = runs.save(RunDescription.backtest("0.1", "h", "p", "", "random"), result);

        RunResult loaded = runs.loadResult(id).orElseThrow();
        assertEquals(result, loaded);
        assertEquals(RunFingerprint.of(result), RunFingerprint.of(loaded));
    }

    @Test
    void aRunWithTheJournalOffLoadsWithTheJournalOff() {
        RunResult result = Backtest.of(TestStrategies.momentum("no-journal", 10)).journal(false)
                .run(TestData.yahoo("orcl-1995-2014.txt", "ORCL"));
        assertEquals(DecisionJournal.OFF, result.journal());
        assertTrue(result.trades().size() > 10, "trades without a journal: " + result.trades().size());

        RunResult loaded = runs.loadResult(runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result))
                .orElseThrow();

        assertEquals(result, loaded);
        assertEquals(DecisionJournal.OFF, loaded.journal());
    }

    @Test
    void aSummaryRunWithoutOrderEventsOrAttributionRoundTrips() {
        RunResult result = Backtest.of(TestStrategies.momentum("summary", 10)).recording(Recording.SUMMARY)
                .run(TestData.yahoo("orcl-1995-2014.txt", "ORCL"));
        assertTrue(result.orders().isEmpty());
        assertTrue(result.trades().size() > 10 && Double.isNaN(result.trades().get(0).maxFavorableExcursion()),
                "trades without attribution: " + result.trades().size());

        RunResult loaded = runs.loadResult(runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result))
                .orElseThrow();

        assertEquals(result, loaded);
        assertEquals(RunFingerprint.of(result), RunFingerprint.of(loaded));
    }

    @Test
    void anEnabledButEmptyJournalLoadsEnabledAndEmpty() {
        RunResult run = Backtest.of(TestStrategies.momentum("empty-journal", 10))
                .run(TestData.randomWalk("E", 3, 200, 0));
        RunResult result = withJournal(run, new DecisionJournal(true, List.of()));

        RunResult loaded = runs.loadResult(runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result))
                .orElseThrow();

        assertEquals(result, loaded);
        assertTrue(loaded.journal().enabled());
        assertTrue(loaded.journal().decisions().isEmpty());
    }

    @Test
    void hostileTextAndNonFiniteFiguresInTheJournalRoundTripExactly() {
        RunResult run = Backtest.of(TestStrategies.momentum("hostile-journal", 10))
                .run(TestData.randomWalk("H", 4, 300, 0));
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("zeta", Double.NaN);
        figures.put("alpha", Double.POSITIVE_INFINITY);
        figures.put("neg_inf", Double.NEGATIVE_INFINITY);
        figures.put("minus_zero", -0.0);
        figures.put("tiny", Double.MIN_VALUE);
        figures.put("max", Double.MAX_VALUE);
        figures.put("third", 1.0 / 3.0);
        figures.put("key \"quoted\", {braced} \\ 'single' NULL", 42.0);
        figures.put("", 0.1 + 0.2);
        figures.put("NULL", -1e-300);
        String hostile = "O'Reilly; DROP TABLE x;-- \"q\" \\back\\slash\\ \n new line\r\n\ttab {a,b} 日本株 😀 \u00e9";
        List<Decision> decisions = List.of(
                new Decision(1, -86_400_000L, "", 0, Decision.Kind.SIGNAL, hostile, "", Map.of()),
                new Decision(2, 1_234_567_890_123L, "日本株", 7, Decision.Kind.RISK_VETOED, "rule\n\"x\"", hostile, figures),
                new Decision(3, Long.MAX_VALUE, "\\", Long.MIN_VALUE, Decision.Kind.REBALANCE, "NULL", "\\N",
                        Map.of("only", Double.NaN)));
        RunResult result = withJournal(run, new DecisionJournal(true, decisions));

        RunResult loaded = runs.loadResult(runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result))
                .orElseThrow();

        assertEquals(result, loaded);
        Decision vetoed = loaded.journal().decisions().get(1);
        assertEquals(List.copyOf(figures.keySet()), List.copyOf(vetoed.figures().keySet()), "figure order kept");
        for (Map.Entry<String, Double> figure : figures.entrySet()) {
            assertEquals(Double.doubleToRawLongBits(figure.getValue()),
                    Double.doubleToRawLongBits(vetoed.figures().get(figure.getKey())), figure.getKey());
        }
        assertEquals(hostile, vetoed.detail());
    }

    private static RunResult withJournal(RunResult r, DecisionJournal journal) {
        return new RunResult(r.metadata(), r.equity(), r.trades(), r.metrics(), r.orders(), r.cashFlows(), journal);
    }
}
