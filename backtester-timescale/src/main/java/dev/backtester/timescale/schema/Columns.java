package dev.backtester.timescale.schema;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Shorthands for declaring the unqualified column fields of the table classes. */
final class Columns {
    /** PostgreSQL {@code text}. */
    static final DataType<String> TEXT = SQLDataType.CLOB;

    private Columns() {
    }

    static <T> Field<T> column(String name, DataType<T> type) {
        return DSL.field(DSL.name(name), type);
    }
}
