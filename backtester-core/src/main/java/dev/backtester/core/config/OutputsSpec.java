package dev.backtester.core.config;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import java.util.List;

/**
 * Declares any indicator spec with its outputs as a plain list of handles, so that the
 * configuration can address them by output name whatever typed handle the spec binds. Id,
 * outputs, look-back and values are the wrapped spec's, so the engine computes the same columns.
 */
final class OutputsSpec implements IndicatorSpec<List<Series>> {
    private final IndicatorSpec<?> spec;

    OutputsSpec(IndicatorSpec<?> spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public List<String> outputNames() {
        return spec.outputNames();
    }

    @Override
    public int lookback() {
        return spec.lookback();
    }

    @Override
    public void compute(BarSeries bars, double[][] outputs) {
        spec.compute(bars, outputs);
    }

    @Override
    public List<Series> bind(List<Series> outputs) {
        return outputs;
    }
}
