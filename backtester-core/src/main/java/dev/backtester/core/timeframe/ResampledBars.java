package dev.backtester.core.timeframe;

import dev.backtester.api.data.BarSeries;
import java.util.Objects;

/**
 * The result of resampling a primary series: the COMPLETED higher-timeframe bars and, for every primary
 * bar, the index of the last higher-timeframe bar completed at or before that primary bar's end.
 *
 * <p>A higher bar completes at the first primary bar whose end time reaches the higher bar's end (see
 * {@link Resampler}); a higher bar still forming at the last primary bar is not part of {@link #bars()}.
 * Immutable.
 */
public final class ResampledBars {
    private final BarSeries bars;
    private final int[] lastCompleted;

    ResampledBars(BarSeries bars, int[] lastCompleted) {
        this.bars = Objects.requireNonNull(bars, "bars");
        this.lastCompleted = lastCompleted;
    }

    /** The completed higher-timeframe bars, each timed at its END (a session close or period boundary). */
    public BarSeries bars() {
        return bars;
    }

    /** Number of primary bars the map covers. */
    public int primarySize() {
        return lastCompleted.length;
    }

    /**
     * Index into {@link #bars()} of the last higher bar completed at primary bar {@code primaryBar}, or -1
     * when none has completed yet.
     */
    public int lastCompleted(int primaryBar) {
        return lastCompleted[primaryBar];
    }
}
