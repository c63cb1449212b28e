package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.RunsTable.CREATED_AT;
import static dev.backtester.timescale.schema.RunsTable.END_DATE;
import static dev.backtester.timescale.schema.RunsTable.ID;
import static dev.backtester.timescale.schema.RunsTable.START_DATE;
import static dev.backtester.timescale.schema.RunsTable.STATUS;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_HASH;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_NAME;
import static dev.backtester.timescale.schema.RunsTable.STRATEGY_VERSION;

import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.CashFlows;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.RunMetadata;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.RunsTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores runs and reads them back.
 *
 * <p>A run is written whole or not at all: {@link #save} writes the run row, its trades, equity
 * curve, metrics, order events, cash flows, decision journal and (when given) walk-forward windows
 * and optimization trials in one transaction, so a failure, a crash or a dropped connection
 * mid-write leaves no trace of it. Long optimizations
 * that record trials while they run use {@link #start}, {@link TrialRepository#add} and then
 * {@link #complete} (again one transaction) or {@link #fail}. A run that failed before producing a
 * result is recorded with {@link #saveFailed}.
 *
 * <p>Loaded results are bit-identical to what was stored: {@code loadResult(save(d, r))} equals
 * {@code r}. Thread-safe.
 *
 * <p>Database errors surface as jOOQ's unchecked {@link org.jooq.exception.DataAccessException}.
 */
public final class RunRepository {
    private static final Logger LOG = LoggerFactory.getLogger(RunRepository.class);

    private final Database database;

    /** A repository on {@code database}'s run tables. */
    public RunRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores a completed run; returns its id. */
    public UUID save(RunDescription description, RunResult result) {
        return save(description, result, List.of(), List.of());
    }

    /**
     * Stores a completed run with its walk-forward windows and optimization trials, all in one
     * transaction; returns its id.
     */
    public UUID save(RunDescription description, RunResult result, List<WalkForwardWindow> windows,
                     List<OptimizationTrial> trials) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(result, "result");
        UUID id = UUID.randomUUID();
        long start = System.nanoTime();
        database.dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.insertInto(runs()).set(ID, id).set(RunRows.described(description)).set(RunRows.completed(result))
                    .execute();
            writeResult(tx, id, result, windows);
            for (OptimizationTrial trial : trials) {
                TrialRows.insert(tx, database, id, trial).execute();
            }
        });
        logStored("run saved", id, result, start);
        return id;
    }

    /** Records a run that failed before producing a result; returns its id. */
    public UUID saveFailed(RunDescription description, RunPlan plan, String errorMessage) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(errorMessage, "errorMessage");
        UUID id = UUID.randomUUID();
        database.dsl().insertInto(runs()).set(ID, id).set(RunRows.described(description))
                .set(RunRows.planned(plan, RunStatus.FAILED)).set(RunRows.failed(errorMessage)).execute();
        LOG.atInfo().setMessage("failed run recorded").addKeyValue("schema", database.schema())
                .addKeyValue("runId", id).addKeyValue("strategy", plan.strategyName()).log();
        return id;
    }

    /**
     * Writes the row of a run that is starting, in status {@link RunStatus#RUNNING}, so that trials
     * can refer to it while it runs; returns its id.
     */
    public UUID start(RunDescription description, RunPlan plan) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(plan, "plan");
        UUID id = UUID.randomUUID();
        database.dsl().insertInto(runs()).set(ID, id).set(RunRows.described(description))
                .set(RunRows.planned(plan, RunStatus.RUNNING)).execute();
        LOG.atInfo().setMessage("run started").addKeyValue("schema", database.schema()).addKeyValue("runId", id)
                .addKeyValue("strategy", plan.strategyName()).log();
        return id;
    }

    /** Completes a started run with its result; see {@link #complete(UUID, RunResult, List)}. */
    public void complete(UUID runId, RunResult result) {
        complete(runId, result, List.of());
    }

    /**
     * Completes a run begun with {@link #start}: updates its row from the result and writes trades,
     * equity curve, metrics, order events, cash flows, decision journal and walk-forward windows, in one
     * transaction.
     *
     * @throws IllegalStateException if there is no such run or it is not {@link RunStatus#RUNNING}
     */
    public void complete(UUID runId, RunResult result, List<WalkForwardWindow> windows) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(result, "result");
        long start = System.nanoTime();
        database.dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            int updated = tx.update(runs()).set(RunRows.completed(result))
                    .where(ID.eq(runId)).and(STATUS.eq(RunStatus.RUNNING.sqlValue())).execute();
            if (updated != 1) {
                throw new IllegalStateException("run " + runId + " cannot be completed: it is not running");
            }
            writeResult(tx, runId, result, windows);
        });
        logStored("run completed", runId, result, start);
    }

    /**
     * Marks a run begun with {@link #start} as failed, keeping the trials it recorded.
     *
     * @throws IllegalStateException if there is no such run or it is not {@link RunStatus#RUNNING}
     */
    public void fail(UUID runId, String errorMessage) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(errorMessage, "errorMessage");
        int updated = database.dsl().update(runs()).set(RunRows.failed(errorMessage))
                .where(ID.eq(runId)).and(STATUS.eq(RunStatus.RUNNING.sqlValue())).execute();
        if (updated != 1) {
            throw new IllegalStateException("run " + runId + " cannot be marked failed: it is not running");
        }
        LOG.atInfo().setMessage("run failed").addKeyValue("schema", database.schema()).addKeyValue("runId", runId)
                .log();
    }

    /** The row of run {@code runId}, if there is one. */
    public Optional<RunSummary> find(UUID runId) {
        return database.dsl().select(RunRows.SUMMARY).from(runs()).where(ID.eq(runId)).fetchOptional()
                .map(RunRows::summary);
    }

    /** The runs matching {@code query}, newest first. */
    public List<RunSummary> list(RunQuery query) {
        Condition condition = DSL.trueCondition();
        if (query.strategyName() != null) {
            condition = condition.and(STRATEGY_NAME.eq(query.strategyName()));
        }
        if (query.strategyVersion() != null) {
            condition = condition.and(STRATEGY_VERSION.eq(query.strategyVersion()));
        }
        if (query.strategyHash() != null) {
            condition = condition.and(STRATEGY_HASH.eq(query.strategyHash()));
        }
        if (query.status() != null) {
            condition = condition.and(STATUS.eq(query.status().sqlValue()));
        }
        if (query.testedFrom() != null) {
            condition = condition.and(START_DATE.ge(query.testedFrom()));
        }
        if (query.testedTo() != null) {
            condition = condition.and(END_DATE.le(query.testedTo()));
        }
        if (query.createdFrom() != null) {
            condition = condition.and(CREATED_AT.ge(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            condition = condition.and(CREATED_AT.lt(query.createdTo()));
        }
        return database.dsl().select(RunRows.SUMMARY).from(runs()).where(condition)
                .orderBy(CREATED_AT.desc(), ID).limit(query.limit()).fetch(RunRows::summary);
    }

    /**
     * The result of a completed run, equal to the one stored; empty when there is no such run or it
     * did not complete. Read in one repeatable-read transaction, so a concurrent delete cannot tear it.
     */
    public Optional<RunResult> loadResult(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute();
            Record row = tx.select(RunRows.METADATA).from(runs()).where(ID.eq(runId)).fetchOne();
            if (row == null || !RunStatus.COMPLETED.sqlValue().equals(row.get(STATUS))) {
                return Optional.empty();
            }
            RunMetadata metadata = RunRows.metadata(row);
            EquityCurve equity = EquityRows.load(tx, database, runId);
            List<Trade> trades = TradeRows.load(tx, database, runId);
            Metrics metrics = MetricsRows.load(tx, database, runId);
            List<OrderEvent> orders = OrderEventRows.load(tx, database, runId);
            CashFlows flows = CashFlowRows.load(tx, database, runId);
            DecisionJournal journal = DecisionRows.load(tx, database, runId, RunRows.journalEnabled(row));
            return Optional.of(new RunResult(metadata, equity, trades, metrics, orders, flows, journal));
        });
    }

    /** The walk-forward windows stored with run {@code runId}, in the order given. */
    public List<WalkForwardWindow> walkForwardWindows(UUID runId) {
        return WindowRows.load(database.dsl(), database, runId);
    }

    /**
     * Compares two completed runs.
     *
     * @throws IllegalArgumentException if either run does not exist or did not complete
     */
    public RunComparison compare(UUID baselineId, UUID candidateId) {
        RunResult baseline = loadResult(baselineId).orElseThrow(() -> notCompleted(baselineId));
        RunResult candidate = loadResult(candidateId).orElseThrow(() -> notCompleted(candidateId));
        return RunComparison.of(baselineId, baseline, candidateId, candidate);
    }

    /**
     * Deletes a run with its trades, equity curve, metrics, windows and trials.
     *
     * @return false when there was no such run
     * @throws org.jooq.exception.DataAccessException if other runs name it as their parent
     */
    public boolean delete(UUID runId) {
        return database.dsl().deleteFrom(runs()).where(ID.eq(runId)).execute() == 1;
    }

    private void writeResult(DSLContext tx, UUID id, RunResult result, List<WalkForwardWindow> windows) {
        TradeRows.insert(tx, database, id, result.trades());
        EquityRows.insert(tx, database, id, result.equity());
        MetricsRows.insert(tx, database, id, result.metrics());
        OrderEventRows.insert(tx, database, id, result.orders());
        CashFlowRows.insert(tx, database, id, result.cashFlows());
        DecisionRows.insert(tx, database, id, result.journal().decisions());
        WindowRows.insert(tx, database, id, windows);
    }

    private Table<Record> runs() {
        return database.table(RunsTable.NAME);
    }

    private static IllegalArgumentException notCompleted(UUID runId) {
        return new IllegalArgumentException("run " + runId + " does not exist or did not complete");
    }

    private void logStored(String message, UUID id, RunResult result, long startNanos) {
        LOG.atInfo().setMessage(message).addKeyValue("schema", database.schema()).addKeyValue("runId", id)
                .addKeyValue("strategy", result.metadata().strategyName())
                .addKeyValue("trades", result.trades().size()).addKeyValue("equityPoints", result.equity().size())
                .addKeyValue("millis", (System.nanoTime() - startNanos) / 1_000_000).log();
    }
}
