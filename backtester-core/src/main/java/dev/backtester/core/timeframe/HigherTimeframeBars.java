package dev.backtester.core.timeframe;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import java.util.List;
import java.util.Objects;

/**
 * The last completed higher-timeframe bar, read from the primary timeframe: open, high, low, close, volume
 * and end time of the last higher bar completed at or before each primary bar's end (NaN before the
 * first). Prefix-invariant (see {@link Resampler} for when a higher bar completes).
 */
public final class HigherTimeframeBars implements IndicatorSpec<HigherBars> {
    private final Resampler resampler;

    /** The bars {@code resampler} builds. */
    public HigherTimeframeBars(Resampler resampler) {
        this.resampler = Objects.requireNonNull(resampler, "resampler");
    }

    /** The resampler that builds the higher bars. */
    public Resampler resampler() {
        return resampler;
    }

    /** E.g. {@code 1d:bars}, or {@code 1d@<calendar id>:bars} with a calendar. */
    @Override
    public String id() {
        return Timeframes.prefix(resampler) + "bars";
    }

    @Override
    public List<String> outputNames() {
        return HigherBars.OUTPUTS;
    }

    /** 0: the first higher bar may complete at the first primary bar (e.g. daily bars ending at the close). */
    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public void compute(BarSeries bars, double[][] outputs) {
        ResampledBars resampled = resampler.resample(bars);
        BarSeries higher = resampled.bars();
        for (int t = 0; t < bars.size(); t++) {
            int k = resampled.lastCompleted(t);
            if (k < 0) {
                for (double[] output : outputs) {
                    output[t] = Double.NaN;
                }
            } else {
                outputs[0][t] = higher.open(k);
                outputs[1][t] = higher.high(k);
                outputs[2][t] = higher.low(k);
                outputs[3][t] = higher.close(k);
                outputs[4][t] = higher.volume(k);
                outputs[5][t] = higher.time(k);
            }
        }
    }

    @Override
    public HigherBars bind(List<Series> outputs) {
        return HigherBars.of(outputs);
    }

    @Override
    public String toString() {
        return id();
    }
}
