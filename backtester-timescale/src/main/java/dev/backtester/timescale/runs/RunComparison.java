package dev.backtester.timescale.runs;

import dev.backtester.api.result.RunResult;
import dev.backtester.core.analytics.RunFingerprint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How a candidate run differs from a baseline run.
 *
 * @param baselineId           the baseline run
 * @param candidateId          the candidate run
 * @param metricDeltas         candidate minus baseline for every field of {@code Metrics}, by field name in
 *                             declaration order; NaN where undefined (either side NaN, or both infinite)
 * @param tradeCountDifference candidate's number of trades minus the baseline's (open trades included)
 * @param baselineFingerprint  {@link RunFingerprint} of the baseline
 * @param candidateFingerprint {@link RunFingerprint} of the candidate
 */
public record RunComparison(UUID baselineId, UUID candidateId, Map<String, Double> metricDeltas,
                            int tradeCountDifference, String baselineFingerprint, String candidateFingerprint) {

    public RunComparison {
        Objects.requireNonNull(baselineId, "baselineId");
        Objects.requireNonNull(candidateId, "candidateId");
        metricDeltas = Collections.unmodifiableMap(new LinkedHashMap<>(metricDeltas));
    }

    /** Compares two results. */
    public static RunComparison of(UUID baselineId, RunResult baseline, UUID candidateId, RunResult candidate) {
        Map<String, Double> before = MetricValues.of(baseline.metrics());
        Map<String, Double> after = MetricValues.of(candidate.metrics());
        Map<String, Double> deltas = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            deltas.put(entry.getKey(), entry.getValue() - before.get(entry.getKey()));
        }
        return new RunComparison(baselineId, candidateId, deltas,
                candidate.trades().size() - baseline.trades().size(), RunFingerprint.of(baseline),
                RunFingerprint.of(candidate));
    }

    /** True when both runs have bit-identical trades and equity curves. */
    public boolean fingerprintsEqual() {
        return baselineFingerprint.equals(candidateFingerprint);
    }

    /** Candidate minus baseline of one metric, e.g. {@code "sharpe"}. */
    public double delta(String metric) {
        Double delta = metricDeltas.get(metric);
        if (delta == null) {
            throw new IllegalArgumentException("no metric named '" + metric + "'; known: " + metricDeltas.keySet());
        }
        return delta;
    }
}
