package dev.backtester.api.result;

import java.util.List;

/**
 * Everything a run produced.
 *
 * @param metadata how the run was made
 * @param equity   equity and cash per bar time
 * @param trades   round trips in order of entry (open ones last among equal entries)
 * @param metrics  performance figures
 */
public record RunResult(RunMetadata metadata, EquityCurve equity, List<Trade> trades, Metrics metrics) {
    public RunResult {
        trades = List.copyOf(trades);
    }

    /** Closed trades only. */
    public List<Trade> closedTrades() {
        return trades.stream().filter(t -> !t.open()).toList();
    }
}
