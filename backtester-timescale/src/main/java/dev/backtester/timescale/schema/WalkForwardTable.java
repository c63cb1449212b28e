package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code walkforward_results}: the windows of a walk-forward run. {@link #WINDOW_INDEX} (not in the
 * design) keeps the windows in the order they were given.
 */
public final class WalkForwardTable {
    /** Table name. */
    public static final String NAME = "walkforward_results";

    /** Row id. */
    public static final Field<UUID> ID = column("id",
            SQLDataType.UUID.notNull().defaultValue(DSL.function("gen_random_uuid", SQLDataType.UUID)));
    /** The walk-forward run. */
    public static final Field<UUID> PARENT_RUN_ID = column("parent_run_id", SQLDataType.UUID.notNull());
    /** First day of the whole window. */
    public static final Field<LocalDate> WINDOW_START = column("window_start", SQLDataType.LOCALDATE.notNull());
    /** Last day of the whole window. */
    public static final Field<LocalDate> WINDOW_END = column("window_end", SQLDataType.LOCALDATE.notNull());
    /** First day of the training (in-sample) part. */
    public static final Field<LocalDate> TRAIN_START = column("train_start", SQLDataType.LOCALDATE.notNull());
    /** Last day of the training part. */
    public static final Field<LocalDate> TRAIN_END = column("train_end", SQLDataType.LOCALDATE.notNull());
    /** First day of the test (out-of-sample) part. */
    public static final Field<LocalDate> TEST_START = column("test_start", SQLDataType.LOCALDATE.notNull());
    /** Last day of the test part. */
    public static final Field<LocalDate> TEST_END = column("test_end", SQLDataType.LOCALDATE.notNull());
    /** Parameters chosen on the training part. */
    public static final Field<JSONB> OPTIMAL_PARAMS = column("optimal_params", SQLDataType.JSONB.notNull());
    /** In-sample objective (e.g. Sharpe). */
    public static final Field<Double> IS_METRICS = column("is_metrics", SQLDataType.DOUBLE);
    /** Out-of-sample objective. */
    public static final Field<Double> OOS_METRICS = column("oos_metrics", SQLDataType.DOUBLE);
    /** (IS - OOS) / IS * 100. */
    public static final Field<Double> DEGRADATION_PCT = column("degradation_pct", SQLDataType.DOUBLE);
    /** Trades in the test part. */
    public static final Field<Integer> TRADES_COUNT = column("trades_count", SQLDataType.INTEGER);
    /** When the row was written. */
    public static final Field<Instant> CREATED_AT = column("created_at",
            SQLDataType.INSTANT.defaultValue(DSL.currentInstant()));
    /** Position of the window in the run, from 0. */
    public static final Field<Integer> WINDOW_INDEX = column("window_index", SQLDataType.INTEGER.notNull());

    private WalkForwardTable() {
    }
}
