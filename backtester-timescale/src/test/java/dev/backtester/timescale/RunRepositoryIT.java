package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.timescale.runs.OptimizationTrial;
import dev.backtester.timescale.runs.RunComparison;
import dev.backtester.timescale.runs.RunDescription;
import dev.backtester.timescale.runs.RunPlan;
import dev.backtester.timescale.runs.RunQuery;
import dev.backtester.timescale.runs.RunRepository;
import dev.backtester.timescale.runs.RunStatus;
import dev.backtester.timescale.runs.RunSummary;
import dev.backtester.timescale.runs.RunType;
import dev.backtester.timescale.runs.TrialRepository;
import dev.backtester.timescale.runs.WalkForwardWindow;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.SchemaMigrator;
import dev.backtester.timescale.schema.TradesTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunRepositoryIT {
    private static final String HOSTILE = "O'Reilly; DROP TABLE x;--";
    private static Database db;
    private static RunRepository runs;
    private static TrialRepository trials;

    @BeforeAll
    static void migrate() {
        db = TestPostgres.freshSchema("it_runs");
        new SchemaMigrator(db).migrate();
        runs = new RunRepository(db);
        trials = new TrialRepository(db);
    }

    private static RunResult run(String strategyName, String symbol, int lookback) {
        BarSeries bars = TestData.randomWalk(symbol, lookback, 400, 0);
        return Backtest.of(TestStrategies.momentum(strategyName, lookback)).run(bars);
    }

    @Test
    void hostileNamesAndParametersAreStoredAndReadBackIntact() {
        String yaml = "name: \"" + HOSTILE + "\"\nsymbols: [日本株]\nquote: '\\''\n";
        RunResult result = run(HOSTILE + " 戦略", "日本株", 7);
        RunDescription description = new RunDescription("1.0.0-β", "hash'; --", "p\"h", yaml, "univ;erse",
                RunType.BACKTEST, null);
        String params = "{\"name\": \"" + HOSTILE + " \\\"quoted\\\" 日本株\"}";
        OptimizationTrial trial = new OptimizationTrial(1, params, "ph'1", 1.5, "{\"sharpe\": 1.5}", null);

        WalkForwardWindow window = new WalkForwardWindow(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31),
                LocalDate.of(2001, 1, 1), LocalDate.of(2001, 9, 30), LocalDate.of(2001, 10, 1), LocalDate.of(2001, 12, 31),
                params, Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 3);
        UUID id = runs.save(description, result, List.of(window), List.of(trial));

        RunSummary summary = runs.find(id).orElseThrow();
        assertEquals(HOSTILE + " 戦略", summary.strategyName());
        assertEquals(description, summary.description());
        assertEquals(List.of("日本株"), summary.symbols());
        assertEquals(result, runs.loadResult(id).orElseThrow());
        assertEquals(List.of(trial), trials.list(id));
        assertEquals(List.of(window), runs.walkForwardWindows(id));
        assertEquals(1, runs.list(RunQuery.all().strategy(HOSTILE + " 戦略")).size());
        assertTrue(MigrationIT.tables(db).contains(TradesTable.NAME), "nothing was dropped");
    }

    @Test
    void aFailedRunStoresItsStatusAndErrorAndNoResult() {
        RunPlan plan = new RunPlan("breaks", List.of("X", "Y"), 0, 86_400_000L * 30, 50_000);
        UUID id = runs.saveFailed(RunDescription.backtest("2", "h", "p", "", "u"), plan,
                "IllegalStateException: out of data at bar 12");

        RunSummary summary = runs.find(id).orElseThrow();
        assertEquals(RunStatus.FAILED, summary.status());
        assertEquals("IllegalStateException: out of data at bar 12", summary.errorMessage());
        assertEquals(List.of("X", "Y"), summary.symbols());
        assertEquals(LocalDate.of(1970, 1, 31), summary.endDate());
        assertTrue(runs.loadResult(id).isEmpty());
        assertNull(summary.tradesCount());
    }

    @Test
    void aStartedRunCompletesOrFailsOnce() {
        RunResult result = run("lifecycle", "L", 5);
        RunPlan plan = new RunPlan("lifecycle", List.of("L"), result.metadata().firstBarTime(),
                result.metadata().lastBarTime(), result.metadata().initialCapital());
        RunDescription description = RunDescription.backtest("1", "h", "p", "", "u").withRunType(RunType.WALK_FORWARD);
        UUID id = runs.start(description, plan);
        assertEquals(RunStatus.RUNNING, runs.find(id).orElseThrow().status());
        assertTrue(runs.loadResult(id).isEmpty(), "no result while running");

        WalkForwardWindow window = new WalkForwardWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 8, 31), LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31),
                "{\"lookback\": 5}", 1.2, 0.8, 33.33333333333333, 14);
        WalkForwardWindow second = new WalkForwardWindow(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31),
                LocalDate.of(2020, 4, 1), LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 1), LocalDate.of(2021, 3, 31),
                "{\"lookback\": 9}", null, null, null, null);
        runs.complete(id, result, List.of(second, window));

        assertEquals(RunStatus.COMPLETED, runs.find(id).orElseThrow().status());
        assertEquals(result, runs.loadResult(id).orElseThrow());
        assertEquals(List.of(second, window), runs.walkForwardWindows(id));
        assertThrows(IllegalStateException.class, () -> runs.complete(id, result));
        assertThrows(IllegalStateException.class, () -> runs.fail(id, "too late"));

        UUID failing = runs.start(description, plan);
        runs.fail(failing, "worker died");
        RunSummary failed = runs.find(failing).orElseThrow();
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals("worker died", failed.errorMessage());
        assertTrue(failed.completedAt() != null);
    }

    @Test
    void runsAreListedByStrategyVersionHashAndPeriod() {
        RunResult a = run("listed", "LA", 3);
        RunResult b = run("listed", "LB", 4);
        UUID first = runs.save(RunDescription.backtest("1.0", "hash-a", "p", "", "u"), a);
        UUID second = runs.save(RunDescription.backtest("2.0", "hash-b", "p", "", "u"), b);

        assertEquals(List.of(second, first), ids(runs.list(RunQuery.all().strategy("listed"))));
        assertEquals(List.of(first), ids(runs.list(RunQuery.all().strategy("listed").version("1.0"))));
        assertEquals(List.of(second), ids(runs.list(RunQuery.all().hash("hash-b"))));
        assertEquals(List.of(second), ids(runs.list(RunQuery.all().strategy("listed").limit(1))));
        LocalDate start = LocalDate.of(1970, 1, 1);
        assertEquals(2, runs.list(RunQuery.all().strategy("listed").testedWithin(start, start.plusDays(400))).size());
        assertEquals(0, runs.list(RunQuery.all().strategy("listed").testedWithin(start, start.plusDays(100))).size());
        assertEquals(0, runs.list(RunQuery.all().strategy("listed").createdBetween(Instant.EPOCH,
                Instant.parse("2000-01-01T00:00:00Z"))).size());
        assertEquals(2, runs.list(RunQuery.all().strategy("listed").withStatus(RunStatus.COMPLETED)).size());
    }

    @Test
    void twoRunsAreCompared() {
        RunResult a = run("compared", "CA", 10);
        RunResult b = run("compared", "CA", 25);
        UUID baseline = runs.save(RunDescription.backtest("1", "h", "p", "", "u"), a);
        UUID same = runs.save(RunDescription.backtest("1", "h", "p", "", "u"), a);
        UUID candidate = runs.save(RunDescription.backtest("1", "h", "p2", "", "u"), b);

        RunComparison identical = runs.compare(baseline, same);
        assertTrue(identical.fingerprintsEqual());
        assertEquals(0, identical.tradeCountDifference());
        assertEquals(0.0, identical.delta("finalEquity"));

        RunComparison different = runs.compare(baseline, candidate);
        assertFalse(different.fingerprintsEqual());
        assertEquals(b.trades().size() - a.trades().size(), different.tradeCountDifference());
        assertEquals(b.metrics().finalEquity() - a.metrics().finalEquity(), different.delta("finalEquity"));
        assertEquals(19, different.metricDeltas().size());
        assertThrows(IllegalArgumentException.class, () -> runs.compare(baseline, UUID.randomUUID()));
    }

    @Test
    void deletingARunRemovesEverythingOfIt() {
        UUID id = runs.save(RunDescription.backtest("1", "h", "p", "", "u"), run("deleted", "D", 6),
                List.of(), List.of(new OptimizationTrial(0, "{}", "x", null, null, null)));
        assertTrue(runs.delete(id));
        assertTrue(runs.find(id).isEmpty());
        assertEquals(0, db.dsl().fetchCount(db.table(TradesTable.NAME), TradesTable.RUN_ID.eq(id)));
        assertEquals(List.of(), trials.list(id));
        assertFalse(runs.delete(id));
    }

    private static List<UUID> ids(List<RunSummary> summaries) {
        return summaries.stream().map(RunSummary::id).toList();
    }
}
