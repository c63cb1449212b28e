package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.RunsTable.BARS_PROCESSED;
import static dev.backtester.timescale.schema.RunsTable.COMPLETED_AT;
import static dev.backtester.timescale.schema.RunsTable.CREATED_AT;
import static dev.backtester.timescale.schema.RunsTable.DURATION_SECONDS;
import static dev.backtester.timescale.schema.RunsTable.ELAPSED_NANOS;
import static dev.backtester.timescale.schema.RunsTable.END_DATE;
import static dev.backtester.timescale.schema.RunsTable.ENGINE_RUN_ID;
import static dev.backtester.timescale.schema.RunsTable.ERROR_MESSAGE;
import static dev.backtester.timescale.schema.RunsTable.FILL_MODEL;
import static dev.backtester.timescale.schema.RunsTable.FIRST_BAR_MS;
import static dev.backtester.timescale.schema.RunsTable.ID;
import static dev.backtester.timescale.schema.RunsTable.INITIAL_CAPITAL;
import static dev.backtester.timescale.schema.RunsTable.JOURNAL_ENABLED;
import static dev.backtester.timescale.schema.RunsTable.LAST_BAR_MS;
import static dev.backtester.timescale.schema.RunsTable.LIBRARY_VERSION;
import static dev.backtester.timescale.schema.RunsTable.PARAM_HASH;
import static dev.backtester.timescale.schema.RunsTable.PARAM_YAML;
import static dev.backtester.timescale.schema.RunsTable.PARENT_RUN_ID;
import static dev.backtester.timescale.schema.RunsTable.RUN_TYPE;
import static dev.backtester.timescale.schema.RunsTable.SAME_BAR_FILLS;
import static dev.backtester.timescale.schema.RunsTable.START_DATE;
import static dev.backtester.timescale.schema.RunsTable.STATUS;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_HASH;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_NAME;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_VERSION;
import static dev.backtester.timescale.schema.RunsTable.SYMBOLS;
import static dev.backtester.timescale.schema.RunsTable.SYMBOLS_PROCESSED;
import static dev.backtester.timescale.schema.RunsTable.TRADES_COUNT;
import static dev.backtester.timescale.schema.RunsTable.UNIVERSE_NAME;

import dev.backtester.api.result.RunMetadata;
import dev.backtester.api.result.RunResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Maps run descriptions, plans and results to {@code strategy_runs_v2} columns, and rows back. */
final class RunRows {
    /** The columns a {@link RunSummary} is read from. */
    static final List<Field<?>> SUMMARY = List.of(ID, STRATEGY_NAME, STRATEGY_VERSION, STRATEGY_HASH, PARAM_HASH,
            PARAM_YAML, RUN_TYPE, PARENT_RUN_ID, UNIVERSE_NAME, START_DATE, END_DATE, INITIAL_CAPITAL, STATUS,
            SYMBOLS, TRADES_COUNT, ERROR_MESSAGE, CREATED_AT, COMPLETED_AT);

    /** The columns {@link #metadata(Record)} reads. */
    static final List<Field<?>> METADATA = List.of(ENGINE_RUN_ID, STRATEGY_NAME, SYMBOLS, FILL_MODEL, SAME_BAR_FILLS,
            INITIAL_CAPITAL, FIRST_BAR_MS, LAST_BAR_MS, BARS_PROCESSED, ELAPSED_NANOS, LIBRARY_VERSION, STATUS, JOURNAL_ENABLED);

    private RunRows() {
    }

    /** The caller-given columns. */
    static Map<Field<?>, Object> described(RunDescription d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STRATEGY_VERSION, d.strategyVersion());
        values.put(STRATEGY_HASH, d.strategyHash());
        values.put(PARAM_HASH, d.paramHash());
        values.put(PARAM_YAML, d.paramYaml());
        values.put(UNIVERSE_NAME, d.universeName());
        values.put(RUN_TYPE, d.runType().sqlValue());
        values.put(PARENT_RUN_ID, d.parentRunId());
        return values;
    }

    /** The columns of a run that has not produced a result (yet), in {@code status}. */
    static Map<Field<?>, Object> planned(RunPlan plan, RunStatus status) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STRATEGY_NAME, plan.strategyName());
        values.put(SYMBOLS, plan.symbols().toArray(new String[0]));
        values.put(SYMBOLS_PROCESSED, plan.symbols().size());
        values.put(START_DATE, utcDate(plan.firstBarTime()));
        values.put(END_DATE, utcDate(plan.lastBarTime()));
        values.put(FIRST_BAR_MS, plan.firstBarTime());
        values.put(LAST_BAR_MS, plan.lastBarTime());
        values.put(INITIAL_CAPITAL, plan.initialCapital());
        values.put(STATUS, status.sqlValue());
        return values;
    }

    /** The columns of a failed run. */
    static Map<Field<?>, Object> failed(String errorMessage) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STATUS, RunStatus.FAILED.sqlValue());
        values.put(ERROR_MESSAGE, errorMessage);
        values.put(COMPLETED_AT, DSL.currentInstant());
        return values;
    }

    /** The columns of a completed run: everything {@link RunMetadata} needs to come back equal. */
    static Map<Field<?>, Object> completed(RunResult result) {
        RunMetadata m = result.metadata();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STRATEGY_NAME, m.strategyName());
        values.put(START_DATE, utcDate(m.firstBarTime()));
        values.put(END_DATE, utcDate(m.lastBarTime()));
        values.put(INITIAL_CAPITAL, m.initialCapital());
        values.put(STATUS, RunStatus.COMPLETED.sqlValue());
        values.put(COMPLETED_AT, DSL.currentInstant());
        values.put(DURATION_SECONDS, m.elapsedNanos() / 1e9);
        values.put(SYMBOLS_PROCESSED, m.symbols().size());
        values.put(TRADES_COUNT, result.trades().size());
        values.put(ERROR_MESSAGE, null);
        values.put(ENGINE_RUN_ID, m.runId());
        values.put(SYMBOLS, m.symbols().toArray(new String[0]));
        values.put(FILL_MODEL, m.fillModel());
        values.put(SAME_BAR_FILLS, m.sameBarFills());
        values.put(FIRST_BAR_MS, m.firstBarTime());
        values.put(LAST_BAR_MS, m.lastBarTime());
        values.put(BARS_PROCESSED, m.barsProcessed());
        values.put(ELAPSED_NANOS, m.elapsedNanos());
        values.put(LIBRARY_VERSION, m.libraryVersion());
        values.put(JOURNAL_ENABLED, result.journal().enabled());
        return values;
    }

    static RunSummary summary(Record r) {
        RunDescription description = new RunDescription(r.get(STRATEGY_VERSION), r.get(STRATEGY_HASH),
                r.get(PARAM_HASH), r.get(PARAM_YAML), r.get(UNIVERSE_NAME), RunType.fromSql(r.get(RUN_TYPE)),
                r.get(PARENT_RUN_ID));
        String[] symbols = r.get(SYMBOLS);
        return new RunSummary(r.get(ID), r.get(STRATEGY_NAME), description, RunStatus.fromSql(r.get(STATUS)),
                r.get(START_DATE), r.get(END_DATE), r.get(INITIAL_CAPITAL), symbols == null ? List.of() : List.of(symbols),
                r.get(TRADES_COUNT), r.get(ERROR_MESSAGE), r.get(CREATED_AT), r.get(COMPLETED_AT));
    }

    /** The engine's metadata of a completed run's row. */
    static RunMetadata metadata(Record r) {
        return new RunMetadata(r.get(ENGINE_RUN_ID), r.get(STRATEGY_NAME), List.of(r.get(SYMBOLS)), r.get(FILL_MODEL),
                r.get(SAME_BAR_FILLS), r.get(INITIAL_CAPITAL), r.get(FIRST_BAR_MS), r.get(LAST_BAR_MS),
                r.get(BARS_PROCESSED), r.get(ELAPSED_NANOS), r.get(LIBRARY_VERSION));
    }

    /** Whether a completed run's row says it recorded a journal (false for runs stored before version 4). */
    static boolean journalEnabled(Record r) {
        return Boolean.TRUE.equals(r.get(JOURNAL_ENABLED));
    }

    private static LocalDate utcDate(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
