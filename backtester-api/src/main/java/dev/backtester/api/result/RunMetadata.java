package dev.backtester.api.result;

import java.util.List;

/**
 * How a run was made.
 *
 * @param runId            unique id of this run
 * @param strategyName     the strategy's name
 * @param symbols          symbols in the run, in processing order for equal bar times
 * @param fillModel        fill model name, e.g. {@code next_bar_open}
 * @param sameBarFills     true when orders filled at their own signal bar (opt-in mode)
 * @param initialCapital   starting cash
 * @param firstBarTime     first bar time in the run, UTC epoch ms
 * @param lastBarTime      last bar time in the run, UTC epoch ms
 * @param barsProcessed    bars processed over all symbols
 * @param elapsedNanos     wall time of the run, excluding data loading
 * @param libraryVersion   version of the library that made the run
 */
public record RunMetadata(String runId, String strategyName, List<String> symbols, String fillModel,
                          boolean sameBarFills, double initialCapital, long firstBarTime, long lastBarTime,
                          long barsProcessed, long elapsedNanos, String libraryVersion) {
    public RunMetadata {
        symbols = List.copyOf(symbols);
    }
}
