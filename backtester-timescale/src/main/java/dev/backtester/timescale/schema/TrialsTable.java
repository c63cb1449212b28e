package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** {@code optimization_trials}: one row per parameter set tried; unique per (run, trial number). */
public final class TrialsTable {
    /** Table name. */
    public static final String NAME = "optimization_trials";

    /** Row id. */
    public static final Field<UUID> ID = column("id",
            SQLDataType.UUID.notNull().defaultValue(DSL.function("gen_random_uuid", SQLDataType.UUID)));
    /** The optimization run. */
    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** Trial number within the run. */
    public static final Field<Integer> TRIAL_NUMBER = column("trial_number", SQLDataType.INTEGER.notNull());
    /** The parameters tried. */
    public static final Field<JSONB> PARAMS = column("params", SQLDataType.JSONB.notNull());
    /** Hash of the parameters. */
    public static final Field<String> PARAM_HASH = column("param_hash", TEXT.notNull());
    /** The value optimized for. */
    public static final Field<Double> OBJECTIVE_VALUE = column("objective_value", SQLDataType.DOUBLE);
    /** All computed metrics. */
    public static final Field<JSONB> METRICS = column("metrics", SQLDataType.JSONB);
    /** How likely the parameters are overfitted. */
    public static final Field<Double> OVERFITTING_SCORE = column("overfitting_score", SQLDataType.DOUBLE);
    /** When the trial was written. */
    public static final Field<Instant> COMPLETED_AT = column("completed_at",
            SQLDataType.INSTANT.defaultValue(DSL.currentInstant()));

    private TrialsTable() {
    }
}
