package dev.backtester.core.indicators;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import java.util.List;
import java.util.function.Function;

/**
 * Makes an indicator of backtester-indicators declarable in a strategy: computes it over the
 * bar series and binds its outputs to a typed handle.
 *
 * @param <H> the handle type
 */
public final class IndicatorAdapter<H> implements IndicatorSpec<H> {
    private final Indicator indicator;
    private final Function<List<Series>, H> binder;

    /**
     * @param indicator the configured indicator
     * @param binder    builds the typed handle from one output handle per indicator output
     */
    public IndicatorAdapter(Indicator indicator, Function<List<Series>, H> binder) {
        this.indicator = indicator;
        this.binder = binder;
    }

    /** An adapter for a single-output indicator whose handle is the output's {@link Series}. */
    public static IndicatorAdapter<Series> single(Indicator indicator) {
        if (indicator.outputs().size() != 1) {
            throw new IllegalArgumentException(indicator.name() + " has " + indicator.outputs().size()
                    + " outputs; use a typed handle for multi-output indicators");
        }
        return new IndicatorAdapter<>(indicator, outputs -> outputs.get(0));
    }

    /** The wrapped indicator. */
    public Indicator indicator() {
        return indicator;
    }

    @Override
    public String id() {
        return indicator.name();
    }

    @Override
    public List<String> outputNames() {
        return indicator.outputs();
    }

    @Override
    public int lookback() {
        return indicator.lookback();
    }

    @Override
    public void compute(BarSeries bars, double[][] outputs) {
        compute(toBars(bars), outputs);
    }

    /**
     * As {@link #compute(BarSeries, double[][])} on columns the caller already holds: the indicator only
     * reads them, so one set serves every indicator of a series without copying it again.
     */
    public void compute(Bars bars, double[][] outputs) {
        indicator.compute(bars, outputs);
    }

    @Override
    public H bind(List<Series> outputs) {
        return binder.apply(outputs);
    }

    /** The columns of {@code series} in the indicator library's form (copies). */
    public static Bars toBars(BarSeries series) {
        return new Bars(series.times(), series.column(PriceField.OPEN), series.column(PriceField.HIGH),
                series.column(PriceField.LOW), series.column(PriceField.CLOSE), series.column(PriceField.VOLUME));
    }

    @Override
    public String toString() {
        return id();
    }
}
