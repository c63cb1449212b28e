package dev.backtester.core.engine;

import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;

/**
 * One symbol's columns as the engine reads them: slot 0..4 the price fields, then every
 * declared indicator output, all aligned with the bar times. Built once per prepared run and
 * never written afterwards.
 */
final class SymbolData {
    final String symbol;
    final long[] times;
    final double[][] columns;
    final double[] open;
    final double[] close;

    private SymbolData(String symbol, long[] times, double[][] columns) {
        this.symbol = symbol;
        this.times = times;
        this.columns = columns;
        this.open = columns[Series.OPEN.slot()];
        this.close = columns[Series.CLOSE.slot()];
    }

    int size() {
        return times.length;
    }

    /** Copies the price columns and computes every indicator of {@code strategy} over the whole series. */
    static SymbolData prepare(Strategy strategy, BarSeries bars) {
        int n = bars.size();
        double[][] columns = new double[strategy.series().size()][];
        for (PriceField field : PriceField.values()) {
            columns[Series.of(field).slot()] = bars.column(field);
        }
        for (DeclaredIndicator declared : strategy.indicators()) {
            IndicatorSpec<?> spec = declared.spec();
            double[][] outputs = new double[declared.outputs().size()][n];
            spec.compute(bars, outputs);
            for (int k = 0; k < outputs.length; k++) {
                if (outputs[k] == null || outputs[k].length != n) {
                    throw new IllegalStateException("indicator " + spec.id() + " wrote an output array of the wrong length for "
                            + bars.symbol() + ": expected " + n + " values");
                }
                columns[declared.outputs().get(k).slot()] = outputs[k];
            }
        }
        return new SymbolData(bars.symbol(), bars.times(), columns);
    }
}
