package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.TrialsTable.METRICS;
import static dev.backtester.timescale.schema.TrialsTable.OBJECTIVE_VALUE;
import static dev.backtester.timescale.schema.TrialsTable.OVERFITTING_SCORE;
import static dev.backtester.timescale.schema.TrialsTable.PARAMS;
import static dev.backtester.timescale.schema.TrialsTable.PARAM_HASH;
import static dev.backtester.timescale.schema.TrialsTable.RUN_ID;
import static dev.backtester.timescale.schema.TrialsTable.TRIAL_NUMBER;

import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.TrialsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jooq.Record;

/** Maps {@link OptimizationTrial}s to {@code optimization_trials} rows and back. */
final class TrialRows {
    private TrialRows() {
    }

    static InsertSetMoreStep<Record> insert(DSLContext tx, Database database, UUID runId, OptimizationTrial t) {
        return tx.insertInto(database.table(TrialsTable.NAME))
                .set(TrialsTable.ID, UUID.randomUUID())
                .set(RUN_ID, runId)
                .set(TRIAL_NUMBER, t.trialNumber())
                .set(PARAMS, JSONB.valueOf(t.paramsJson()))
                .set(PARAM_HASH, t.paramHash())
                .set(OBJECTIVE_VALUE, t.objectiveValue())
                .set(METRICS, t.metricsJson() == null ? null : JSONB.valueOf(t.metricsJson()))
                .set(OVERFITTING_SCORE, t.overfittingScore());
    }

    static List<OptimizationTrial> load(DSLContext dsl, Database database, UUID runId) {
        List<OptimizationTrial> trials = new ArrayList<>();
        for (Record r : dsl.select(TRIAL_NUMBER, PARAMS, PARAM_HASH, OBJECTIVE_VALUE, METRICS, OVERFITTING_SCORE)
                .from(database.table(TrialsTable.NAME)).where(RUN_ID.eq(runId)).orderBy(TRIAL_NUMBER).fetch()) {
            JSONB metrics = r.get(METRICS);
            trials.add(new OptimizationTrial(r.get(TRIAL_NUMBER), r.get(PARAMS).data(), r.get(PARAM_HASH),
                    r.get(OBJECTIVE_VALUE), metrics == null ? null : metrics.data(), r.get(OVERFITTING_SCORE)));
        }
        return trials;
    }
}
