package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * A series after validation and the report of what was found and done.
 *
 * @param series the bars as repaired by the policy
 * @param report every finding
 */
public record ValidatedSeries(BarSeries series, QualityReport report) {

    public ValidatedSeries {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(report, "report");
    }
}
