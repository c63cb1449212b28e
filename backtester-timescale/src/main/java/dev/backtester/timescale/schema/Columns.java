package dev.backtester.timescale.schema;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Shorthands for declaring the unqualified column fields of the table classes. */
final class Columns {
    /** PostgreSQL {@code text}. */
    static final DataType<String> TEXT = SQLDataType.CLOB;
    /**
     * PostgreSQL {@code text} compared byte by byte (collation {@code "C"}): for key columns of the big
     * tables, whose indexes then compare with memcmp instead of locale rules (faster ingest), and
     * whose order is the same on every server whatever its locale.
     */
    static final DataType<String> KEY_TEXT = SQLDataType.CLOB.collation(DSL.collation("C"));

    private Columns() {
    }

    static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(DSL.name(name), type);
    }
}
