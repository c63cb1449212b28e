package dev.backtester.api;

import dev.backtester.api.data.BarSeries;
import java.util.List;

/**
 * Declares an indicator for a strategy: how to compute its outputs over a whole series and how
 * to present them to signal logic as a typed handle {@code H}.
 *
 * <p>The engine computes every declared indicator once over the whole series before the run.
 * That is look-ahead safe only because implementations must be <em>prefix-invariant</em>: the
 * value at bar t computed on bars 0..t equals the value at t computed on all bars. The library's
 * indicators are property-tested for it; third-party specs must honour it too.
 *
 * @param <H> the handle type signal logic uses: {@link Series} for one output, a record of
 *            {@code Series} for several (e.g. upper, middle, lower band)
 */
public interface IndicatorSpec<H> {

    /** Canonical id, e.g. {@code sma(close,20)}; two specs with equal ids produce equal values. */
    String id();

    /** Names of the outputs, in the order of {@link #compute}'s output arrays; at least one. */
    List<String> outputNames();

    /** Number of leading bars whose outputs are NaN (warm-up) when computed from bar 0. */
    int lookback();

    /**
     * Computes all outputs for every bar of {@code bars}. Each {@code outputs[k]} has
     * {@code bars.size()} elements; warm-up values are NaN.
     */
    void compute(BarSeries bars, double[][] outputs);

    /** Builds the typed handle from the output handles, one per output name, in order. */
    H bind(List<Series> outputs);
}
