package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code strategy_runs_v2}: one row per run. The design's columns come first; the columns after
 * {@link #METADATA} hold what the engine's run metadata needs for an exact round trip.
 */
public final class RunsTable {
    /** Table name. */
    public static final String NAME = "strategy_runs_v2";

    /** Run id. */
    public static final Field<UUID> ID = column("id",
            SQLDataType.UUID.notNull().defaultValue(DSL.function("gen_random_uuid", SQLDataType.UUID)));
    /** Strategy name. */
    public static final Field<String> STRATEGY_NAME = column("strategy_name", TEXT.notNull());
    /** Semantic version of the strategy. */
    public static final Field<String> STRATEGY_VERSION = column("strategy_version", TEXT.notNull());
    /** Hash of strategy code and configuration. */
    public static final Field<String> STRATEGY_HASH = column("strategy_hash", TEXT.notNull());
    /** Hash of the parameters. */
    public static final Field<String> PARAM_HASH = column("param_hash", TEXT.notNull());
    /** The parameters as YAML. */
    public static final Field<String> PARAM_YAML = column("param_yaml", TEXT.notNull());
    /** {@code backtest}, {@code walk_forward}, {@code monte_carlo}, {@code optimization}. */
    public static final Field<String> RUN_TYPE = column("run_type",
            TEXT.notNull().defaultValue(DSL.inline("backtest")));
    /** The run this one belongs to (an optimization's or walk-forward's parent), or null. */
    public static final Field<UUID> PARENT_RUN_ID = column("parent_run_id", SQLDataType.UUID);
    /** Name of the symbol universe. */
    public static final Field<String> UNIVERSE_NAME = column("universe_name", TEXT.notNull());
    /** UTC date of the first bar. */
    public static final Field<LocalDate> START_DATE = column("start_date", SQLDataType.LOCALDATE.notNull());
    /** UTC date of the last bar. */
    public static final Field<LocalDate> END_DATE = column("end_date", SQLDataType.LOCALDATE.notNull());
    /** Starting cash. */
    public static final Field<Double> INITIAL_CAPITAL = column("initial_capital", SQLDataType.DOUBLE.notNull());
    /** {@code running}, {@code completed} or {@code failed}. */
    public static final Field<String> STATUS = column("status", TEXT.notNull());
    /** When the row was written. */
    public static final Field<Instant> CREATED_AT = column("created_at",
            SQLDataType.INSTANT.defaultValue(DSL.currentInstant()));
    /** When the run completed or failed. */
    public static final Field<Instant> COMPLETED_AT = column("completed_at", SQLDataType.INSTANT);
    /** Wall time of the run in seconds. */
    public static final Field<Double> DURATION_SECONDS = column("duration_seconds", SQLDataType.DOUBLE);
    /** Number of symbols in the run. */
    public static final Field<Integer> SYMBOLS_PROCESSED = column("symbols_processed", SQLDataType.INTEGER);
    /** Number of trades (open ones included). */
    public static final Field<Integer> TRADES_COUNT = column("trades_count", SQLDataType.INTEGER);
    /** Why the run failed. */
    public static final Field<String> ERROR_MESSAGE = column("error_message", TEXT);
    /** Free-form metadata (design column, unused by the library). */
    public static final Field<JSONB> METADATA = column("metadata", SQLDataType.JSONB);
    /** The engine's own run id ({@code RunMetadata.runId}). */
    public static final Field<String> ENGINE_RUN_ID = column("engine_run_id", TEXT);
    /** Symbols in processing order. */
    public static final Field<String[]> SYMBOLS = column("symbols", TEXT.array());
    /** Fill model name. */
    public static final Field<String> FILL_MODEL = column("fill_model", TEXT);
    /** True when orders filled at their own signal bar. */
    public static final Field<Boolean> SAME_BAR_FILLS = column("same_bar_fills", SQLDataType.BOOLEAN);
    /** First bar time, UTC epoch ms. */
    public static final Field<Long> FIRST_BAR_MS = column("first_bar_ms", SQLDataType.BIGINT);
    /** Last bar time, UTC epoch ms. */
    public static final Field<Long> LAST_BAR_MS = column("last_bar_ms", SQLDataType.BIGINT);
    /** Bars processed over all symbols. */
    public static final Field<Long> BARS_PROCESSED = column("bars_processed", SQLDataType.BIGINT);
    /** Wall time of the run in nanoseconds, exactly as the engine measured it. */
    public static final Field<Long> ELAPSED_NANOS = column("elapsed_nanos", SQLDataType.BIGINT);
    /** Library version that made the run. */
    public static final Field<String> LIBRARY_VERSION = column("library_version", TEXT);
    /**
     * True when the run recorded a decision journal (its decisions are in {@code run_decisions});
     * null for runs without a result and for runs stored before schema version 4.
     */
    public static final Field<Boolean> JOURNAL_ENABLED = column("journal_enabled", SQLDataType.BOOLEAN);

    private RunsTable() {
    }
}
