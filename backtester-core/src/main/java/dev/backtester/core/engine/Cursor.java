package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;

/**
 * The engine's {@link DataWindow}: a reusable cursor over one symbol's columns that can only
 * look back from its current bar. Re-pointed for every symbol and bar; never allocates.
 */
final class Cursor implements DataWindow {
    private final Series[] declared;
    private final Account account;
    private SymbolData data;
    private int symbolIndex;
    private int bar;

    Cursor(Series[] declared, Account account) {
        this.declared = declared;
        this.account = account;
    }

    void moveTo(SymbolData data, int symbolIndex, int bar) {
        this.data = data;
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
        int i = bar - requireBack(barsAgo);
        if (i < 0) {
            throw new IndexOutOfBoundsException("time(" + barsAgo + ") of " + data.symbol + " at bar " + bar
                    + " reaches before the first bar");
        }
        return data.times[i];
    }

    @Override
    public double value(Series series, int barsAgo) {
        int slot = series.slot();
        if (slot >= declared.length || declared[slot] != series) {
            throw new IllegalArgumentException("series '" + series.name()
                    + "' was not declared in this strategy; use the handle returned by this strategy's builder");
        }
        int i = bar - requireBack(barsAgo);
        return i >= 0 ? data.columns[slot][i] : Double.NaN;
    }

    private static int requireBack(int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo
                    + ": a DataWindow never reads bars after the current one");
        }
        return barsAgo;
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
