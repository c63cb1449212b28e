package dev.backtester.timescale.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the backtester's schema through versioned migrations.
 *
 * <p>{@link #migrate()} applies, in order, every version the schema does not have yet, records each in
 * {@code schema_version}, and does so in one transaction under a PostgreSQL advisory lock on the schema
 * name: concurrent migrators (several application instances starting at once) queue up, and the second
 * finds nothing left to do. The lock is taken before the transaction begins and released after it
 * ends, so each migrator's transaction sees the schema its predecessor committed. Running it again is a no-op; a newer library upgrades a schema
 * written by an older one. A migration that fails rolls back the whole run.
 */
public final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final List<Migration> MIGRATIONS = List.of(new V1DesignTables(), new V2RunResults(), new V3TradeAttribution(),
            new V4DecisionJournal());

    private final Database database;

    /** A migrator for {@code database}'s schema. */
    public SchemaMigrator(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The newest schema version this library knows. */
    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** Brings the schema to {@link #latestVersion()}. */
    public MigrationReport migrate() {
        return migrateTo(latestVersion());
    }

    /**
     * Brings the schema to {@code target}, applying only the versions up to it: for staged upgrades,
     * or to keep a schema that older library instances still read.
     *
     * @throws IllegalArgumentException if {@code target} is not between 1 and {@link #latestVersion()}
     */
    public MigrationReport migrateTo(int target) {
        if (target < 1 || target > latestVersion()) {
            throw new IllegalArgumentException("target version must be between 1 and " + latestVersion()
                    + ", got " + target);
        }
        long lock = AdvisoryLocks.key("dev.backtester.timescale.migrate", database.schema().value());
        MigrationReport report = database.dsl().connectionResult(connection -> {
            // one connection for lock, transaction and unlock: session locks belong to a connection
            DSLContext session = DSL.using(database.dsl().configuration().derive(new DefaultConnectionProvider(connection)));
            AdvisoryLocks.lockSession(session, lock);
            try {
                return session.transactionResult(configuration -> migrateInTransaction(DSL.using(configuration), target));
            } finally {
                unlockQuietly(session, lock);
            }
        });
        LOG.atInfo().setMessage(report.upToDate() ? "schema up to date" : "schema migrated")
                .addKeyValue("schema", report.schema()).addKeyValue("fromVersion", report.fromVersion())
                .addKeyValue("toVersion", report.toVersion()).addKeyValue("timescale", report.timescale()).log();
        return report;
    }

    /** The schema's version: 0 when the schema or its version table does not exist yet. */
    public int currentVersion() {
        DSLContext dsl = database.dsl();
        boolean exists = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("information_schema", "tables")))
                .where(DSL.field(DSL.name("table_schema"), String.class).eq(database.schema().value()))
                .and(DSL.field(DSL.name("table_name"), String.class).eq(SchemaVersionTable.NAME)));
        return exists ? readVersion(dsl) : 0;
    }

    private MigrationReport migrateInTransaction(DSLContext tx, int target) {
        tx.createSchemaIfNotExists(DSL.name(database.schema().value())).execute();
        Table<Record> versions = database.table(SchemaVersionTable.NAME);
        tx.createTableIfNotExists(versions)
                .columns(SchemaVersionTable.VERSION, SchemaVersionTable.DESCRIPTION, SchemaVersionTable.APPLIED_AT,
                        SchemaVersionTable.TIMESCALE)
                .constraints(DSL.constraint(DSL.name("schema_version_pkey")).primaryKey(SchemaVersionTable.VERSION))
                .execute();

        int from = readVersion(tx);
        boolean timescale = TimescaleExtension.installed(tx);
        if (from > latestVersion()) {
            LOG.atWarn().setMessage("schema is newer than this library; nothing applied")
                    .addKeyValue("schema", database.schema()).addKeyValue("schemaVersion", from)
                    .addKeyValue("libraryVersion", latestVersion()).log();
        }
        if (timescale) {
            LOG.atInfo().setMessage("TimescaleDB found").addKeyValue("license", TimescaleExtension.license(tx)).log();
        }
        MigrationContext context = new MigrationContext(tx, database, timescale);
        List<Integer> applied = new ArrayList<>();
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= from || migration.version() > target) {
                continue;
            }
            LOG.atInfo().setMessage("applying migration").addKeyValue("schema", database.schema())
                    .addKeyValue("version", migration.version()).addKeyValue("description", migration.description())
                    .log();
            migration.apply(context);
            tx.insertInto(versions, SchemaVersionTable.VERSION, SchemaVersionTable.DESCRIPTION,
                    SchemaVersionTable.TIMESCALE).values(migration.version(), migration.description(), timescale).execute();
            applied.add(migration.version());
        }
        int to = applied.isEmpty() ? from : applied.get(applied.size() - 1);
        return new MigrationReport(database.schema(), from, to, applied, timescale);
    }

    /**
     * Releases the migration lock. If the connection is gone (the likely reason the migration failed),
     * the server has released the lock with the session, and the original failure is what matters.
     */
    private void unlockQuietly(DSLContext session, long lock) {
        try {
            AdvisoryLocks.unlockSession(session, lock);
        } catch (DataAccessException e) {
            LOG.atWarn().setMessage("could not release the migration lock; it goes with the session")
                    .addKeyValue("schema", database.schema()).addKeyValue("reason", e.getMessage()).log();
        }
    }

    private int readVersion(DSLContext dsl) {
        Integer max = dsl.select(DSL.max(SchemaVersionTable.VERSION)).from(database.table(SchemaVersionTable.NAME))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }
}
