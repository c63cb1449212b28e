package dev.backtester.timescale.schema;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a migration works with: the transaction's jOOQ context, the schema, and the TimescaleDB
 * steps, which do nothing on plain PostgreSQL.
 */
final class MigrationContext {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationContext.class);
    /** Quotes the PL/pgSQL block; schema names are plain identifiers, so no rendered statement holds it. */
    private static final String DOLLAR_QUOTE = "$backtester_migration$";
    /** Transaction-local setting the block's exception handler leaves the refusal's message in. */
    private static final String REFUSED_SETTING = "backtester.refused";

    private final DSLContext tx;
    private final Database database;
    private final boolean timescale;

    MigrationContext(DSLContext tx, Database database, boolean timescale) {
        this.tx = tx;
        this.database = database;
        this.timescale = timescale;
    }

    /** The jOOQ context of the migration transaction. */
    DSLContext dsl() {
        return tx;
    }

    /** Table {@code name} in the migrated schema. */
    Table<Record> table(String name) {
        return database.table(name);
    }

    /** Makes {@code table} a hypertable on {@code timeColumn} when TimescaleDB is installed. */
    void hypertable(Table<?> table, Field<?> timeColumn, String chunkInterval) {
        if (!timescale) {
            return;
        }
        tx.query("SELECT create_hypertable(CAST({0} AS regclass), CAST({1} AS name),"
                        + " chunk_time_interval => CAST({2} AS interval), if_not_exists => TRUE)",
                DSL.val(tx.render(table)), DSL.val(timeColumn.getName()), DSL.val(chunkInterval)).execute();
        LOG.atInfo().setMessage("hypertable created").addKeyValue("table", table.getName())
                .addKeyValue("timeColumn", timeColumn.getName()).addKeyValue("chunkInterval", chunkInterval).log();
    }

    /** Adds a hash-partitioned space dimension on {@code column} to a hypertable (TimescaleDB only). */
    void spaceDimension(Table<?> table, Field<?> column, int partitions) {
        if (!timescale) {
            return;
        }
        tx.query("SELECT add_dimension(CAST({0} AS regclass), CAST({1} AS name), number_partitions => {2},"
                        + " if_not_exists => TRUE)",
                DSL.val(tx.render(table)), DSL.val(column.getName()), DSL.val(partitions)).execute();
        LOG.atInfo().setMessage("space dimension added").addKeyValue("table", table.getName())
                .addKeyValue("column", column.getName()).addKeyValue("partitions", partitions).log();
    }

    /**
     * Enables native compression on a hypertable (TimescaleDB only), where the edition allows it; see
     * {@link #runIfSupported}.
     */
    void compression(Table<?> table, String segmentBy, String orderBy) {
        if (!timescale) {
            return;
        }
        Query enable = tx.query("ALTER TABLE {0} SET (timescaledb.compress, timescaledb.compress_segmentby = {1},"
                + " timescaledb.compress_orderby = {2})", table, DSL.inline(segmentBy), DSL.inline(orderBy));
        if (runIfSupported("compression", table, enable)) {
            LOG.atInfo().setMessage("compression enabled").addKeyValue("table", table.getName())
                    .addKeyValue("segmentBy", segmentBy).addKeyValue("orderBy", orderBy).log();
        }
    }

    /**
     * Runs {@code statement} under a savepoint. If the server refuses it as not supported (SQLSTATE
     * 0A000, what the Apache-licensed TimescaleDB raises for compression, columnstore and retention),
     * the refusal is logged and the migration carries on. Any other error is thrown and fails the
     * migration.
     *
     * <p>The savepoint is taken on the server, by a PL/pgSQL block with an exception handler, rather
     * than by the client: the refusal then never reaches the JDBC connection, and connection pools that
     * treat SQLSTATE 0A000 as a broken connection (HikariCP does) do not close the migration's
     * connection under it. The handler leaves the refusal's message in a transaction-local setting,
     * which is read back to tell the two outcomes apart.
     *
     * @param statement a statement without bind values (names and values are rendered inline)
     * @return true when the statement ran, false when it was refused as not supported
     */
    boolean runIfSupported(String feature, Table<?> table, Query statement) {
        String body = tx.renderInlined(statement);
        if (body.contains(DOLLAR_QUOTE)) {
            throw new IllegalArgumentException("statement must not contain " + DOLLAR_QUOTE);
        }
        tx.execute("DO " + DOLLAR_QUOTE + " BEGIN PERFORM set_config('" + REFUSED_SETTING + "', '', true); " + body
                + "; EXCEPTION WHEN feature_not_supported THEN PERFORM set_config('" + REFUSED_SETTING
                + "', SQLERRM, true); END " + DOLLAR_QUOTE);
        String refused = tx.fetchValue(DSL.field("current_setting({0}, true)", String.class, DSL.inline(REFUSED_SETTING)));
        if (refused == null || refused.isEmpty()) {
            return true;
        }
        LOG.atInfo().setMessage("feature not available on this server; skipped").addKeyValue("feature", feature)
                .addKeyValue("table", table.getName()).addKeyValue("reason", firstLine(refused)).log();
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
