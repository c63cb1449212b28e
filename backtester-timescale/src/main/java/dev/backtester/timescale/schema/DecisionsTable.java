package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * {@code run_decisions} (not in the design): a run's decision journal, one row per decision, in
 * sequence order. The figures are two parallel arrays, so their order and every bit of each value
 * (NaN and infinities included, float8 keeps them) come back as stored.
 */
public final class DecisionsTable {
    /** Table name. */
    public static final String NAME = "run_decisions";

    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** The decision's run-unique sequence number ({@code Decision.sequence}). */
    public static final Field<Long> SEQUENCE = column("sequence", SQLDataType.BIGINT.notNull());
    /** Bar-end time, UTC epoch ms. */
    public static final Field<Long> TIME_MS = column("time_ms", SQLDataType.BIGINT.notNull());
    public static final Field<String> SYMBOL = column("symbol", TEXT.notNull());
    public static final Field<Long> TRADE_ID = column("trade_id", SQLDataType.BIGINT.notNull());
    /** {@code Decision.Kind} name. */
    public static final Field<String> KIND = column("kind", TEXT.notNull());
    public static final Field<String> SOURCE = column("source", TEXT.notNull());
    public static final Field<String> DETAIL = column("detail", TEXT.notNull());
    /** Figure names, in the decision's order. */
    public static final Field<String[]> FIGURE_KEYS = column("figure_keys", TEXT.array().notNull());
    /** Figure values, parallel to {@link #FIGURE_KEYS}. */
    public static final Field<Double[]> FIGURE_VALUES = column("figure_values",
            SQLDataType.DOUBLE.array().notNull());

    private DecisionsTable() {
    }
}
