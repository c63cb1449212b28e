package dev.backtester.api.run;

import dev.backtester.api.result.RunResult;

/**
 * Observes a run: start, progress at least every 5% of bars, finish. Called on the thread that
 * runs the backtest; keep callbacks short.
 */
public interface RunListener {

    /** The run is about to process its first bar. */
    default void onStart(RunProgress start) {
    }

    /** Another step of at least 5% of the bars is done. */
    default void onProgress(RunProgress progress) {
    }

    /** The run has finished with {@code result}. */
    default void onFinish(RunResult result) {
    }

    /** A listener that does nothing. */
    RunListener NONE = new RunListener() {
    };
}
