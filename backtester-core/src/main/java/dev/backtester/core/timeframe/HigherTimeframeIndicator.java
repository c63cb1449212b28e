package dev.backtester.core.timeframe;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import java.util.List;
import java.util.Objects;

/**
 * An indicator computed on a higher timeframe and read from the primary one: resamples the primary bars,
 * computes {@code inner} on the completed higher bars, and gives every primary bar the value of the last
 * higher bar completed at or before its end (NaN before the first).
 *
 * <p>Prefix-invariant whenever {@code inner} is: a higher bar completed at primary bar t is built only from
 * primary bars up to t, and {@code inner}'s value at that higher bar depends only on higher bars up to it.
 *
 * @param <H> the inner indicator's handle type
 */
public final class HigherTimeframeIndicator<H> implements IndicatorSpec<H> {
    private final Resampler resampler;
    private final IndicatorSpec<H> inner;

    /** {@code inner} on the bars {@code resampler} builds. */
    public HigherTimeframeIndicator(Resampler resampler, IndicatorSpec<H> inner) {
        this.resampler = Objects.requireNonNull(resampler, "resampler");
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    /** The resampler that builds the higher bars. */
    public Resampler resampler() {
        return resampler;
    }

    /** The indicator computed on the higher bars. */
    public IndicatorSpec<H> inner() {
        return inner;
    }

    /** The timeframe label, the calendar when there is one, and the inner id: {@code 1d:sma(close,20)}. */
    @Override
    public String id() {
        return Timeframes.prefix(resampler) + inner.id();
    }

    @Override
    public List<String> outputNames() {
        return inner.outputNames();
    }

    /**
     * The inner look-back, a lower bound: the exact number of leading NaN primary bars depends on how many
     * primary bars each higher bar holds, which only the data knows.
     */
    @Override
    public int lookback() {
        return inner.lookback();
    }

    @Override
    public void compute(BarSeries bars, double[][] outputs) {
        ResampledBars resampled = resampler.resample(bars);
        BarSeries higher = resampled.bars();
        double[][] values = new double[outputs.length][higher.size()];
        if (higher.size() > 0) {
            inner.compute(higher, values);
        }
        int n = bars.size();
        for (int k = 0; k < outputs.length; k++) {
            double[] from = values[k];
            double[] to = outputs[k];
            for (int t = 0; t < n; t++) {
                int index = resampled.lastCompleted(t);
                to[t] = index < 0 ? Double.NaN : from[index];
            }
        }
    }

    @Override
    public H bind(List<Series> outputs) {
        return inner.bind(outputs);
    }

    @Override
    public String toString() {
        return id();
    }
}
