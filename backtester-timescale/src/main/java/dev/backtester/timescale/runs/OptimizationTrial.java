package dev.backtester.timescale.runs;

import java.util.Objects;

/**
 * One parameter set tried by an optimization, as stored in {@code optimization_trials}.
 *
 * @param trialNumber      number of the trial within its run; unique per run
 * @param paramsJson       the parameters as JSON text; stored as {@code jsonb} and read back in
 *                         PostgreSQL's normalized form
 * @param paramHash        hash of the parameters
 * @param objectiveValue   the value optimized for, or null
 * @param metricsJson      all computed metrics as JSON text, or null
 * @param overfittingScore how likely the parameters are overfitted, or null
 */
public record OptimizationTrial(int trialNumber, String paramsJson, String paramHash, Double objectiveValue,
                                String metricsJson, Double overfittingScore) {

    /** @throws NullPointerException if the parameters or their hash are null */
    public OptimizationTrial {
        Objects.requireNonNull(paramsJson, "paramsJson");
        Objects.requireNonNull(paramHash, "paramHash");
    }
}
