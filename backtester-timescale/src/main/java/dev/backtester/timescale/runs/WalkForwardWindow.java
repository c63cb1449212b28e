package dev.backtester.timescale.runs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One window of a walk-forward analysis, as stored in {@code walkforward_results}.
 *
 * @param windowStart       first day of the whole window
 * @param windowEnd         last day of the whole window
 * @param trainStart        first day of the training (in-sample) part
 * @param trainEnd          last day of the training part
 * @param testStart         first day of the test (out-of-sample) part
 * @param testEnd           last day of the test part
 * @param optimalParamsJson parameters chosen on the training part, as JSON text; stored as
 *                          {@code jsonb} and read back in PostgreSQL's normalized form
 * @param inSampleMetric    in-sample objective (e.g. Sharpe), or null
 * @param outOfSampleMetric out-of-sample objective, or null
 * @param degradationPct    (in-sample - out-of-sample) / in-sample * 100, or null
 * @param tradesCount       trades in the test part, or null
 */
public record WalkForwardWindow(LocalDate windowStart, LocalDate windowEnd, LocalDate trainStart, LocalDate trainEnd,
                                LocalDate testStart, LocalDate testEnd, String optimalParamsJson,
                                Double inSampleMetric, Double outOfSampleMetric, Double degradationPct,
                                Integer tradesCount) {

    /** @throws NullPointerException if a date or the parameters are null */
    public WalkForwardWindow {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(trainStart, "trainStart");
        Objects.requireNonNull(trainEnd, "trainEnd");
        Objects.requireNonNull(testStart, "testStart");
        Objects.requireNonNull(testEnd, "testEnd");
        Objects.requireNonNull(optimalParamsJson, "optimalParamsJson");
    }
}
