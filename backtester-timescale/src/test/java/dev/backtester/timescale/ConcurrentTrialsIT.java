package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.timescale.runs.OptimizationTrial;
import dev.backtester.timescale.runs.RunDescription;
import dev.backtester.timescale.runs.RunPlan;
import dev.backtester.timescale.runs.RunRepository;
import dev.backtester.timescale.runs.RunType;
import dev.backtester.timescale.runs.TrialRepository;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.SchemaMigrator;
import dev.backtester.timescale.schema.TrialsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ConcurrentTrialsIT {
    private static final int THREADS = 8;
    private static final int TRIALS = 400;

    @Test
    void eightWritersLoseNothingAndDuplicateNothing() throws Exception {
        Database db = TestPostgres.freshSchema("it_trials");
        new SchemaMigrator(db).migrate();
        UUID runId = new RunRepository(db).start(RunDescription.backtest("1", "h", "p", "grid: {}", "u")
                .withRunType(RunType.OPTIMIZATION), new RunPlan("optimizer", List.of("S"), 0, 1, 1000));
        TrialRepository trials = new TrialRepository(db);

        // every trial number is submitted by two different threads, as a retried or doubly-scheduled task would be
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                int stored = 0;
                for (int n = 0; n < TRIALS; n++) {
                    int owner = n % THREADS;
                    if (thread == owner || thread == (owner + 1) % THREADS) {
                        if (trials.add(runId, trial(n))) {
                            stored++;
                        }
                    }
                }
                return stored;
            }));
        }
        start.countDown();
        int stored = 0;
        for (Future<Integer> future : futures) {
            stored += future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(TRIALS, stored, "each trial number is stored by exactly one of its two writers");
        List<OptimizationTrial> read = trials.list(runId);
        assertEquals(TRIALS, read.size());
        for (int n = 0; n < TRIALS; n++) {
            assertEquals(trial(n), read.get(n));
        }
        assertEquals(TRIALS, db.dsl().fetchValue(DSL.select(DSL.countDistinct(TrialsTable.PARAM_HASH))
                .from(db.table(TrialsTable.NAME)).where(TrialsTable.RUN_ID.eq(runId))));
    }

    private static OptimizationTrial trial(int n) {
        return new OptimizationTrial(n, "{\"fast\": " + n % 20 + ", \"slow\": " + n + "}", "hash-" + n, n * 0.25 - 3,
                "{\"sharpe\": " + n * 0.01 + "}", n % 3 == 0 ? null : 1.0 / (n + 1));
    }
}
