package dev.backtester.core.engine;

import dev.backtester.api.DeclaredIndicator;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import java.util.List;

/** Small hand-made bar series and a plain test indicator for engine tests. */
final class TestBars {
    static final long DAY = 86_400_000L;
    static final long START = 1_600_000_000_000L;

    private TestBars() {
    }

    /** Bars with the given opens and closes; high/low envelope them, volume 1000, one day apart. */
    static BarSeries of(String symbol, double[] opens, double[] closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + i * DAY;
            h[i] = Math.max(opens[i], closes[i]) + 0.5;
            l[i] = Math.min(opens[i], closes[i]) - 0.5;
            v[i] = 1000;
        }
        return new BarSeries(symbol, t, opens, h, l, closes, v);
    }

    /** Bars from rows of {open, high, low, close}, each with {@code volume}, one day apart. */
    static BarSeries ohlc(String symbol, double volume, double[]... rows) {
        int n = rows.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + i * DAY;
            o[i] = rows[i][0];
            h[i] = rows[i][1];
            l[i] = rows[i][2];
            c[i] = rows[i][3];
            v[i] = volume;
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }

    /** A row {open, high, low, close}. */
    static double[] bar(double open, double high, double low, double close) {
        return new double[] {open, high, low, close};
    }

    /** Bars whose open is 1 above their close, so open and close fills are easy to tell apart. */
    static BarSeries closes(String symbol, double... closes) {
        double[] opens = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            opens[i] = closes[i] + 1;
        }
        return of(symbol, opens, closes);
    }

    /** A simple moving average of the close, for tests that must not depend on the indicator module. */
    record TestSma(int period) implements IndicatorSpec<Series> {
        @Override
        public String id() {
            return "test_sma(" + period + ")";
        }

        @Override
        public List<String> outputNames() {
            return List.of("value");
        }

        @Override
        public int lookback() {
            return period - 1;
        }

        @Override
        public void compute(BarSeries bars, double[][] outputs) {
            double[] out = outputs[0];
            double sum = 0;
            for (int i = 0; i < bars.size(); i++) {
                sum += bars.close(i);
                if (i >= period) {
                    sum -= bars.close(i - period);
                }
                out[i] = i >= period - 1 ? sum / period : Double.NaN;
            }
        }

        @Override
        public Series bind(List<Series> outputs) {
            return outputs.get(0);
        }
    }

    static List<DeclaredIndicator> none() {
        return List.of();
    }
}
