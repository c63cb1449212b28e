package dev.backtester.core.execution;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;

/** A data window over plain close and volume arrays, for testing models outside the engine. */
final class ArrayWindow implements DataWindow {
    private final double[] close;
    private final double[] volume;
    private final int bar;

    ArrayWindow(double[] close, double[] volume, int bar) {
        this.close = close;
        this.volume = volume;
        this.bar = bar;
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
        return bar - barsAgo;
    }

    @Override
    public double value(Series series, int barsAgo) {
        if (barsAgo < 0) {
            throw new IllegalArgumentException("barsAgo must be >= 0");
        }
        int i = bar - barsAgo;
        if (i < 0) {
            return Double.NaN;
        }
        return series == Series.VOLUME ? volume[i] : close[i];
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
