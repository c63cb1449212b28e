package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.TrialsTable.RUN_ID;
import static dev.backtester.timescale.schema.TrialsTable.TRIAL_NUMBER;

import dev.backtester.timescale.schema.Database;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records optimization trials as they finish, from any number of threads.
 *
 * <p>Each {@link #add} is one statement in its own transaction; the unique key (run, trial number)
 * makes a trial recorded twice (a retried task, two workers given the same trial) a no-op rather than
 * a duplicate. Thread-safe.
 */
public final class TrialRepository {
    private final Database database;

    /** A repository on {@code database}'s {@code optimization_trials}. */
    public TrialRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Records {@code trial} for run {@code runId} (which must exist, e.g. from {@link RunRepository#start}).
     *
     * @return true when stored, false when this run already has a trial with that number
     */
    public boolean add(UUID runId, OptimizationTrial trial) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(trial, "trial");
        return TrialRows.insert(database.dsl(), database, runId, trial).onConflict(RUN_ID, TRIAL_NUMBER).doNothing()
                .execute() == 1;
    }

    /** The trials of run {@code runId} by trial number. */
    public List<OptimizationTrial> list(UUID runId) {
        return TrialRows.load(database.dsl(), database, runId);
    }
}
