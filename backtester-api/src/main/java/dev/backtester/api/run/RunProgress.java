package dev.backtester.api.run;

/**
 * Progress of a run.
 *
 * @param strategyName  the strategy being run
 * @param barsProcessed bars processed so far, over all symbols
 * @param totalBars     bars to process, over all symbols
 */
public record RunProgress(String strategyName, long barsProcessed, long totalBars) {

    /** Percent complete, 0..100. */
    public double percent() {
        return totalBars == 0 ? 100.0 : 100.0 * barsProcessed / totalBars;
    }
}
