package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** {@code schema_version}: the migrations applied to a schema, one row per version. */
public final class SchemaVersionTable {
    /** Table name. */
    public static final String NAME = "schema_version";

    /** Migration version. */
    public static final Field<Integer> VERSION = column("version", SQLDataType.INTEGER.notNull());
    /** What the migration does. */
    public static final Field<String> DESCRIPTION = column("description", TEXT.notNull());
    /** When it was applied. */
    public static final Field<Instant> APPLIED_AT = column("applied_at",
            SQLDataType.INSTANT.notNull().defaultValue(DSL.currentInstant()));
    /** Whether TimescaleDB was present, i.e. whether hypertables were made by this version. */
    public static final Field<Boolean> TIMESCALE = column("timescale", SQLDataType.BOOLEAN.notNull());

    private SchemaVersionTable() {
    }
}
