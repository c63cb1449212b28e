package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;

/**
 * The engine's {@link DataWindow}: a reusable cursor over one symbol's columns that can only
 * look back from its current bar. Re-pointed for every symbol and bar; never allocates. Signal
 * logic reads the signal price basis; fill and slippage models read traded prices.
 */
final class Cursor implements DataWindow {
    private final Object owner;
    private final Account account;
    private SymbolData data;
    private double[][] columns;
    private int symbolIndex;
    private int bar;

    Cursor(Object owner, Account account) {
        this.owner = owner;
        this.account = account;
    }

    /** Points the cursor at bar {@code bar} of {@code data}, reading the signal price basis. */
    void moveTo(SymbolData data, int symbolIndex, int bar) {
        // the loop calls this on every bar, mostly for the symbol it already points at: skip the
        // reference stores (and their GC write barriers) when nothing but the bar changes
        if (this.data != data || this.columns != data.columns) {
            this.data = data;
            this.columns = data.columns;
        }
        this.symbolIndex = symbolIndex;
        this.bar = bar;
    }

    /** Moves the cursor to bar {@code bar} of the symbol it points at. */
    void at(int bar) {
        this.bar = bar;
    }

    /** Points the cursor at bar {@code bar} of {@code data}, reading traded prices (fill and slippage models). */
    void moveToTraded(SymbolData data, int symbolIndex, int bar) {
        if (this.data != data || this.columns != data.executionColumns) {
            this.data = data;
            this.columns = data.executionColumns;
        }
        this.symbolIndex = symbolIndex;
        this.bar = bar;
    }

    @Override
    public String symbol() {
        return data.symbol;
    }

    @Override
    public int bar() {
        return bar;
    }

    @Override
    public long time(int barsAgo) {
        if (barsAgo < 0) {
            throw futureRead(barsAgo);
        }
        int i = bar - barsAgo;
        if (i < 0) {
            throw new IndexOutOfBoundsException("time(" + barsAgo + ") of " + data.symbol + " at bar " + bar
                    + " reaches before the first bar");
        }
        return data.times[i];
    }

    @Override
    public double value(Series series, int barsAgo) {
        int i = bar - barsAgo;
        if (barsAgo < 0) {
            throw futureRead(barsAgo);
        }
        return i >= 0 ? column(series)[i] : Double.NaN;
    }

    private double[] column(Series series) {
        Object declaredBy = series.owner();
        if (declaredBy != owner && declaredBy != null) {
            throw foreign(series);
        }
        return columns[series.slot()];
    }

    // The crossings read each column once instead of twice: fewer checks in the hottest user code.
    @Override
    public boolean crossedAbove(Series a, Series b) {
        double[] x = column(a);
        double[] y = column(b);
        int i = bar;
        return i > 0 && x[i] > y[i] && x[i - 1] <= y[i - 1];
    }

    @Override
    public boolean crossedBelow(Series a, Series b) {
        double[] x = column(a);
        double[] y = column(b);
        int i = bar;
        return i > 0 && x[i] < y[i] && x[i - 1] >= y[i - 1];
    }

    // Exceptions are built out of line so the hot reads stay small enough to inline everywhere.
    private static IllegalArgumentException foreign(Series series) {
        return new IllegalArgumentException("series '" + series.name()
                + "' was not declared in this strategy; use the handle returned by this strategy's builder");
    }

    private static IllegalArgumentException futureRead(int barsAgo) {
        return new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo
                + ": a DataWindow never reads bars after the current one");
    }

    @Override
    public double position() {
        return account.position(symbolIndex);
    }

    @Override
    public double equity() {
        return account.equity();
    }

    @Override
    public double cash() {
        return account.cash();
    }

    @Override
    public String toString() {
        return "DataWindow[" + data.symbol + " bar " + bar + "]";
    }
}
