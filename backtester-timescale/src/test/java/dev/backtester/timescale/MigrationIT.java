package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.MigrationReport;
import dev.backtester.timescale.schema.SchemaMigrator;
import dev.backtester.timescale.schema.SchemaVersionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class MigrationIT {
    private static final List<String> TABLES = List.of("indicator_cache", "optimization_trials", "prices_v2",
            "run_cash_flows", "run_decisions", "run_equity_curve", "run_metrics", "run_order_events", "schema_version", "strategy_runs_v2", "trades_v2", "walkforward_results");

    @Test
    void migratingTwiceIsANoOp() {
        Database db = TestPostgres.freshSchema("it_migration_twice");
        SchemaMigrator migrator = new SchemaMigrator(db);
        assertEquals(0, migrator.currentVersion());

        MigrationReport first = migrator.migrate();
        assertEquals(List.of(1, 2, 3, 4), first.applied());
        assertEquals(0, first.fromVersion());
        assertEquals(SchemaMigrator.latestVersion(), first.toVersion());
        assertEquals(TABLES, tables(db));

        MigrationReport second = migrator.migrate();
        assertTrue(second.upToDate());
        assertEquals(SchemaMigrator.latestVersion(), second.fromVersion());
        assertEquals(SchemaMigrator.latestVersion(), migrator.currentVersion());
        assertEquals(SchemaMigrator.latestVersion(), db.dsl().fetchCount(db.table("schema_version")));
    }

    @Test
    void aNewerLibraryUpgradesAnOlderSchema() {
        Database db = TestPostgres.freshSchema("it_migration_upgrade");
        SchemaMigrator migrator = new SchemaMigrator(db);

        MigrationReport old = migrator.migrateTo(1);
        assertEquals(List.of(1), old.applied());
        assertFalse(tables(db).contains("run_equity_curve"), "version 1 has no equity table");
        assertTrue(tables(db).contains("trades_v2"));

        MigrationReport upgrade = migrator.migrate();
        assertEquals(1, upgrade.fromVersion());
        assertEquals(List.of(2, 3, 4), upgrade.applied());
        assertEquals(TABLES, tables(db));
    }

    @Test
    void aVersion3SchemaGainsTheDecisionJournal() {
        Database db = TestPostgres.freshSchema("it_migration_v4");
        SchemaMigrator migrator = new SchemaMigrator(db);
        migrator.migrateTo(3);
        assertFalse(tables(db).contains("run_decisions"), "version 3 has no journal table");
        assertFalse(columns(db, "strategy_runs_v2").contains("journal_enabled"));

        MigrationReport upgrade = migrator.migrate();

        assertEquals(3, upgrade.fromVersion());
        assertEquals(List.of(4), upgrade.applied());
        assertEquals(TABLES, tables(db));
        assertTrue(columns(db, "strategy_runs_v2").contains("journal_enabled"));
        assertEquals(List.of("detail", "figure_keys", "figure_values", "kind", "run_id", "sequence", "source", "symbol",
                "time_ms", "trade_id"), columns(db, "run_decisions"));
    }

    @Test
    void aSchemaNewerThanTheLibraryIsLeftAlone() {
        Database db = TestPostgres.freshSchema("it_migration_newer");
        SchemaMigrator migrator = new SchemaMigrator(db);
        migrator.migrate();
        db.dsl().insertInto(db.table("schema_version"), SchemaVersionTable.VERSION, SchemaVersionTable.DESCRIPTION,
                SchemaVersionTable.TIMESCALE).values(99, "from a newer library", false).execute();

        MigrationReport report = migrator.migrate();

        assertTrue(report.upToDate());
        assertEquals(99, report.fromVersion());
        assertEquals(99, migrator.currentVersion());
    }

    @Test
    void concurrentMigratorsApplyEachVersionOnce() throws Exception {
        Database db = TestPostgres.freshSchema("it_migration_concurrent");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MigrationReport>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return new SchemaMigrator(db).migrate();
                }));
            }
            start.countDown();
            int applying = 0;
            for (Future<MigrationReport> future : futures) {
                MigrationReport report = future.get();
                if (!report.upToDate()) {
                    applying++;
                    assertEquals(List.of(1, 2, 3, 4), report.applied());
                }
            }
            assertEquals(1, applying, "exactly one migrator applies the versions");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(TABLES, tables(db));
        assertEquals(SchemaMigrator.latestVersion(), db.dsl().fetchCount(db.table("schema_version")));
    }

    @Test
    void hypertablesExactlyWhenTimescaleIsInstalled() {
        Database db = TestPostgres.freshSchema("it_migration_timescale");
        MigrationReport report = new SchemaMigrator(db).migrate();
        boolean installed = db.dsl().fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_extension")))
                .where(DSL.field(DSL.name("extname")).eq("timescaledb")));
        assertEquals(installed, report.timescale());
        if (installed) {
            List<String> hypertables = db.dsl().select(DSL.field(DSL.name("hypertable_name"), String.class))
                    .from(DSL.table(DSL.name("timescaledb_information", "hypertables")))
                    .where(DSL.field(DSL.name("hypertable_schema")).eq(db.schema().value()))
                    .orderBy(1).fetch(0, String.class);
            assertEquals(List.of("prices_v2", "trades_v2"), hypertables);
        }
    }

    @Test
    void mixedCaseSchemaNamesAreQuoted() {
        Database db = TestPostgres.freshSchema("It_Mixed_Case");
        new SchemaMigrator(db).migrate();
        assertEquals(TABLES, tables(db));
        assertFalse(db.dsl().fetchExists(DSL.selectOne().from(DSL.table(DSL.name("information_schema", "schemata")))
                .where(DSL.field(DSL.name("schema_name")).eq("it_mixed_case"))), "the name kept its case");
    }

    static List<String> columns(Database db, String table) {
        return db.dsl().select(DSL.field(DSL.name("column_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "columns")))
                .where(DSL.field(DSL.name("table_schema")).eq(db.schema().value()))
                .and(DSL.field(DSL.name("table_name")).eq(table))
                .orderBy(1).fetch(0, String.class);
    }

    static List<String> tables(Database db) {
        return db.dsl().select(DSL.field(DSL.name("table_name"), String.class))
                .from(DSL.table(DSL.name("information_schema", "tables")))
                .where(DSL.field(DSL.name("table_schema")).eq(db.schema().value()))
                .orderBy(1).fetch(0, String.class);
    }
}
