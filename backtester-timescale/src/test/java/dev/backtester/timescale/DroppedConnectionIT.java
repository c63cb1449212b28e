package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.timescale.runs.RunDescription;
import dev.backtester.timescale.runs.RunQuery;
import dev.backtester.timescale.runs.RunRepository;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.DecisionsTable;
import dev.backtester.timescale.schema.EquityTable;
import dev.backtester.timescale.schema.MetricsTable;
import dev.backtester.timescale.schema.RunsTable;
import dev.backtester.timescale.schema.SchemaMigrator;
import dev.backtester.timescale.schema.TradesTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A writer whose connection dies mid-run leaves nothing behind. To kill it at a known point, a second
 * connection holds an exclusive lock on trades_v2: the writer inserts the run row, then blocks on its
 * first trade insert; a third connection terminates the writer's backend there, then the lock is released.
 */
class DroppedConnectionIT {

    @Test
    void aRunWhoseConnectionIsKilledMidWriteLeavesNoPartialRun() throws Exception {
        Database db = TestPostgres.freshSchema("it_dropped");
        new SchemaMigrator(db).migrate();
        RunRepository runs = new RunRepository(db);
        BarSeries bars = TestData.randomWalk("KILL", 21, 3000, 0);
        RunResult result = Backtest.of(TestStrategies.randomTrader("killed", 21)).run(bars);
        assertTrue(result.trades().size() > 500, "many trades: " + result.trades().size());

        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Connection locker = TestPostgres.dataSource().getConnection();
             Connection observer = TestPostgres.dataSource().getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE \"it_dropped\".\"trades_v2\" IN ACCESS EXCLUSIVE MODE");
            }
            Future<?> write = writer.submit(() -> runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result));

            int pid = awaitBlockedWriter(observer);
            assertTrue(runRowExists(observer), "the writer got as far as its run row");
            try (PreparedStatement kill = observer.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, pid);
                kill.execute();
            }
            ExecutionException failure = assertThrows(ExecutionException.class, () -> write.get(30, TimeUnit.SECONDS));
            assertTrue(failure.getCause() instanceof RuntimeException, String.valueOf(failure.getCause()));
            locker.rollback();
        } finally {
            writer.shutdownNow();
        }

        assertEquals(0, db.dsl().fetchCount(db.table(RunsTable.NAME)));
        assertEquals(0, db.dsl().fetchCount(db.table(TradesTable.NAME)));
        assertEquals(0, db.dsl().fetchCount(db.table(EquityTable.NAME)));
        assertEquals(0, db.dsl().fetchCount(db.table(MetricsTable.NAME)));
        assertEquals(0, db.dsl().fetchCount(db.table(DecisionsTable.NAME)));
        assertEquals(0, runs.list(RunQuery.all()).size());

        // the repository keeps working afterwards
        assertEquals(result, runs.loadResult(runs.save(RunDescription.backtest("1", "h", "p", "", "u"), result))
                .orElseThrow());
    }

    /** The pid of the backend waiting for the lock on trades_v2. */
    private static int awaitBlockedWriter(Connection observer) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            // autocommit: each poll sees fresh activity (a transaction would keep one statistics snapshot)
            try (PreparedStatement find = observer.prepareStatement("SELECT pid FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
                    + " AND query LIKE '%\"it_dropped\".\"trades_v2\"%'");
                 ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the writer never blocked on trades_v2");
    }

    /** Whether some uncommitted run row exists: its primary key is locked by the writer's transaction. */
    private static boolean runRowExists(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'it_dropped'"
                     + " AND c.relname = 'strategy_runs_v2' AND l.mode = 'RowExclusiveLock' AND l.granted"
                     + " AND l.pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }
}
