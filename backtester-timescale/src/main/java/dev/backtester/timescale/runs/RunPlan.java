package dev.backtester.timescale.runs;

import java.util.List;
import java.util.Objects;

/**
 * What a run is about to do, for a run row written before there is a result: one started with
 * {@link RunRepository#start} or one that failed before producing a result.
 *
 * @param strategyName   the strategy's name
 * @param symbols        symbols the run covers
 * @param firstBarTime   first bar time of the period, UTC epoch ms
 * @param lastBarTime    last bar time of the period, UTC epoch ms
 * @param initialCapital starting cash
 */
public record RunPlan(String strategyName, List<String> symbols, long firstBarTime, long lastBarTime,
                      double initialCapital) {

    /** @throws IllegalArgumentException if the period ends before it starts */
    public RunPlan {
        Objects.requireNonNull(strategyName, "strategyName");
        symbols = List.copyOf(symbols);
        if (lastBarTime < firstBarTime) {
            throw new IllegalArgumentException("run period ends (" + lastBarTime + ") before it starts ("
                    + firstBarTime + ")");
        }
    }
}
