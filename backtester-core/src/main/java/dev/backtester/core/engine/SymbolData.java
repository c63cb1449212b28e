package dev.backtester.core.engine;

import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.corporate.PriceBasis;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.execution.CorporateActions;
import dev.backtester.core.indicators.IndicatorAdapter;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import java.util.List;

/**
 * One symbol's columns as the engine reads them, all aligned with the bar times. Signal logic reads
 * {@link #columns}: slot 0..4 the price fields in the run's signal price basis, then every declared
 * indicator output computed on those prices. Orders trade at the raw prices {@link #open} ...
 * {@link #volume}; {@link #executionColumns} is the same layout with raw price fields, for fill
 * models. With raw signal prices both layouts share their arrays. Built once per prepared run and
 * never written afterwards.
 */
final class SymbolData {
    final String symbol;
    final long[] times;
    final double[][] columns;
    final double[][] executionColumns;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;
    /** The close signal logic sees; equals {@link #close} with raw signal prices. */
    final double[] signalClose;
    /** The columns of {@link Strategy#componentSeries()}: read at decisions, streamed by {@link #warm}. */
    private final double[][] componentColumns;

    private SymbolData(String symbol, long[] times, double[][] columns, double[][] executionColumns,
                       double[][] componentColumns) {
        this.symbol = symbol;
        this.times = times;
        this.columns = columns;
        this.executionColumns = executionColumns;
        this.open = executionColumns[Series.OPEN.slot()];
        this.high = executionColumns[Series.HIGH.slot()];
        this.low = executionColumns[Series.LOW.slot()];
        this.close = executionColumns[Series.CLOSE.slot()];
        this.volume = executionColumns[Series.VOLUME.slot()];
        this.signalClose = columns[Series.CLOSE.slot()];
        this.componentColumns = componentColumns;
    }

    /**
     * Reads bar {@code bar}'s time, open, high, low and volume, and the components' indicator columns.
     * The bar loop streams only the close and the indicators its logic reads; the rest is read at the
     * rare bars that decide or fill, and on a long series each of those reads would wait on main memory
     * (a regime classifier reading three cold columns at each entry decision spent about a fifth of a
     * risk-managed run there). Reading one value per cache line (every 8th bar) as the loop goes makes
     * them sequential streams the hardware prefetches, so decisions and fills find their bars in cache
     * (Java has no prefetch instruction). Returns the values' bits combined, for the caller to keep.
     */
    long warm(int bar) {
        long bits = 0;
        for (double[] column : componentColumns) {
            bits ^= Double.doubleToRawLongBits(column[bar]);
        }
        return bits ^ times[bar] ^ Double.doubleToRawLongBits(open[bar]) ^ Double.doubleToRawLongBits(high[bar])
                ^ Double.doubleToRawLongBits(low[bar]) ^ Double.doubleToRawLongBits(volume[bar]);
    }

    int size() {
        return times.length;
    }

    /** Traded price per signal price at {@code bar}: 1 with raw signal prices (no division then). */
    double toTraded(int bar) {
        return close == signalClose ? 1.0 : close[bar] / signalClose[bar];
    }

    /**
     * Copies the price columns and computes every indicator of {@code strategy} over the whole series,
     * on adjusted prices when {@code basis} asks for them. The library's indicators read the copied
     * columns themselves ({@link Indicator#compute} never writes its input); other specs get the series.
     */
    static SymbolData prepare(Strategy strategy, BarSeries bars, PriceBasis basis) {
        BarSeries signalBars = basis == PriceBasis.ADJUSTED ? CorporateActions.adjustedPrices(bars) : bars;
        int n = bars.size();
        long[] times = bars.times();
        double[][] columns = new double[strategy.series().size()][];
        for (PriceField field : PriceField.values()) {
            columns[Series.of(field).slot()] = signalBars.column(field);
        }
        Bars signalColumns = new Bars(times, columns[Series.OPEN.slot()], columns[Series.HIGH.slot()],
                columns[Series.LOW.slot()], columns[Series.CLOSE.slot()], columns[Series.VOLUME.slot()]);
        for (DeclaredIndicator declared : strategy.indicators()) {
            IndicatorSpec<?> spec = declared.spec();
            double[][] outputs = new double[declared.outputs().size()][n];
            if (spec instanceof IndicatorAdapter<?> adapter) {
                adapter.compute(signalColumns, outputs);
            } else {
                spec.compute(signalBars, outputs);
            }
            for (int k = 0; k < outputs.length; k++) {
                if (outputs[k] == null || outputs[k].length != n) {
                    throw new IllegalStateException("indicator " + spec.id() + " wrote an output array of the wrong length for "
                            + bars.symbol() + ": expected " + n + " values");
                }
                columns[declared.outputs().get(k).slot()] = outputs[k];
            }
        }
        double[][] execution = columns;
        if (signalBars != bars) {
            execution = columns.clone();
            for (PriceField field : PriceField.values()) {
                execution[Series.of(field).slot()] = bars.column(field);
            }
        }
        List<Series> components = strategy.componentSeries();
        double[][] componentColumns = new double[components.size()][];
        for (int k = 0; k < componentColumns.length; k++) {
            componentColumns[k] = columns[components.get(k).slot()];
        }
        return new SymbolData(bars.symbol(), times, columns, execution, componentColumns);
    }
}
