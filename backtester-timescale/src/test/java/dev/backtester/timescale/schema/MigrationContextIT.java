package dev.backtester.timescale.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.timescale.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * The savepoint around optional TimescaleDB features, exercised on plain PostgreSQL with a statement
 * the server refuses with the same SQLSTATE (0A000) the Apache-licensed edition gives compression,
 * through the tests' connection pool (HikariCP closes connections that see 0A000 on the client).
 */
class MigrationContextIT {

    @Test
    void anUnsupportedFeatureIsSkippedAndTheTransactionCarriesOn() {
        Database db = TestPostgres.freshSchema("it_savepoint");
        db.dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.createSchema(DSL.name(db.schema().value())).execute();
            tx.createTable(db.table("before")).column("x", SQLDataType.INTEGER).execute();
            MigrationContext context = new MigrationContext(tx, db, true);
            // PL/pgSQL runs it: PERFORM is its SELECT without a result
            Query refused = tx.query("PERFORM count(*) FROM {0} FOR UPDATE", db.table("before"));

            assertFalse(context.runIfSupported("locking aggregate", db.table("before"), refused));

            tx.createTable(db.table("after")).column("x", SQLDataType.INTEGER).execute();
            assertTrue(context.runIfSupported("comment", db.table("after"),
                    tx.query("COMMENT ON TABLE {0} IS {1}", db.table("after"), DSL.inline("it's supported"))));
        });
        assertEquals(2, db.dsl().fetchCount(DSL.table(DSL.name("information_schema", "tables")),
                DSL.field(DSL.name("table_schema")).eq(db.schema().value())));
        assertEquals("it's supported", db.dsl().fetchValue(DSL.field("obj_description(CAST({0} AS regclass))",
                String.class, DSL.val("\"it_savepoint\".\"after\""))));
    }

    @Test
    void anyOtherErrorFailsTheMigration() {
        Database db = TestPostgres.freshSchema("it_savepoint_error");
        DataAccessException e = assertThrows(DataAccessException.class, () -> db.dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.createSchema(DSL.name(db.schema().value())).execute();
            new MigrationContext(tx, db, true).runIfSupported("missing table", db.table("missing"),
                    tx.query("PERFORM count(*) FROM {0}", db.table("missing")));
        }));
        assertEquals("42P01", e.sqlState());
        assertEquals(0, db.dsl().fetchCount(DSL.table(DSL.name("information_schema", "schemata")),
                DSL.field(DSL.name("schema_name")).eq(db.schema().value())), "the whole migration rolled back");
    }
}
