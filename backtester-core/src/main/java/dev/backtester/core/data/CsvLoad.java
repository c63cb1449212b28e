package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * The result of loading one CSV file: the valid bars and the report of what was wrong with the rest.
 *
 * @param series the bars that passed validation, in file order
 * @param report every problem found; clean when no row was dropped
 */
public record CsvLoad(BarSeries series, ValidationReport report) {

    public CsvLoad {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(report, "report");
    }

    /** Number of rows dropped: every line a problem points at was left out of the series. */
    public int droppedRows() {
        return (int) report.problems().stream().mapToInt(DataProblem::line).filter(line -> line > 0).distinct().count();
    }
}
