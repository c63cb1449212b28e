package dev.backtester.core.regime;

import dev.backtester.api.DataWindow;
import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.core.sizing.Sizers;
import java.util.Arrays;

/**
 * A data window over plain columns indexed by slot, as the engine lays them out: the price fields,
 * then each declared indicator's outputs. Filled either by computing the strategy's indicators
 * over bars (the engine's way) or by hand, column by column.
 */
final class ColumnWindow implements DataWindow {
    private final Strategy strategy;
    private final double[][] columns;
    private int bar;

    private ColumnWindow(Strategy strategy, double[][] columns) {
        this.strategy = strategy;
        this.columns = columns;
    }

    /** A classifier bound on a fresh builder, with the strategy that holds its indicators. */
    record Bound<C extends RegimeClassifier>(C classifier, Strategy strategy) {
    }

    /** Binds {@code template} as {@code StrategyBuilder.regime} would, in a minimal strategy. */
    @SuppressWarnings("unchecked")
    static <C extends RegimeClassifier> Bound<C> bind(RegimeClassifier template, Class<C> type) {
        StrategyBuilder builder = StrategyBuilder.named("regime-test");
        Object bound = template instanceof dev.backtester.api.UsesIndicators<?> user ? user.declareOn(builder) : template;
        Strategy strategy = builder.entryLong(w -> false).sizing(Sizers.fixedShares(1)).build();
        return new Bound<>(type.cast(bound), strategy);
    }

    /** Prices from {@code bars} and every indicator of {@code strategy} computed over them, as the engine does. */
    static ColumnWindow computed(Strategy strategy, BarSeries bars) {
        double[][] columns = new double[strategy.series().size()][];
        for (PriceField field : PriceField.values()) {
            columns[Series.of(field).slot()] = bars.column(field);
        }
        for (DeclaredIndicator declared : strategy.indicators()) {
            double[][] outputs = new double[declared.outputs().size()][bars.size()];
            declared.spec().compute(bars, outputs);
            for (int k = 0; k < outputs.length; k++) {
                columns[declared.outputs().get(k).slot()] = outputs[k];
            }
        }
        return new ColumnWindow(strategy, columns);
    }

    /** {@code n} bars with every column NaN until set. */
    static ColumnWindow blank(Strategy strategy, int n) {
        double[][] columns = new double[strategy.series().size()][n];
        for (double[] column : columns) {
            Arrays.fill(column, Double.NaN);
        }
        return new ColumnWindow(strategy, columns);
    }

    /** Sets the only output of the declared indicator {@code spec} (matched by id). */
    ColumnWindow set(IndicatorSpec<?> spec, double... values) {
        for (DeclaredIndicator declared : strategy.indicators()) {
            if (declared.spec().id().equals(spec.id())) {
                return set(declared.outputs().get(0), values);
            }
        }
        throw new IllegalArgumentException("not declared: " + spec.id());
    }

    /** Sets column {@code series}. */
    ColumnWindow set(Series series, double... values) {
        if (values.length != columns[series.slot()].length) {
            throw new IllegalArgumentException("expected " + columns[series.slot()].length + " values");
        }
        columns[series.slot()] = values.clone();
        return this;
    }

    /** Moves to bar {@code bar}. */
    ColumnWindow at(int bar) {
        this.bar = bar;
        return this;
    }

    @Override
    public String symbol() {
        return "T";
    }

    @Override
    public int bar() {
        return bar;
    }

    @Override
    public long time(int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        }
        if (bar - barsAgo < 0) {
            throw new IndexOutOfBoundsException("before the first bar");
        }
        return bar - barsAgo;
    }

    @Override
    public double value(Series series, int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        }
        if (series.owner() != null && series.owner() != strategy.handleOwner()) {
            throw new IllegalArgumentException(series + " belongs to another strategy");
        }
        int i = bar - barsAgo;
        return i >= 0 ? columns[series.slot()][i] : Double.NaN;
    }

    @Override
    public double position() {
        return 0;
    }

    @Override
    public double equity() {
        return 0;
    }

    @Override
    public double cash() {
        return 0;
    }
}
