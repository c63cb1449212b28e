package dev.backtester.core.regime;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import java.util.Arrays;
import java.util.Random;

/** Hand-made and random bar series for the regime tests, one day apart. */
final class Bars {
    private static final long DAY = 86_400_000L;
    private static final long START = 1_600_000_000_000L;

    private Bars() {
    }

    /** Bars closing at {@code closes}, opening at the previous close, high and low 0.5 around the close. */
    static BarSeries closes(double... closes) {
        int n = closes.length;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = i == 0 ? closes[0] : closes[i - 1];
            high[i] = Math.max(open[i], closes[i] + 0.5);
            low[i] = Math.min(open[i], closes[i] - 0.5);
        }
        return series(open, high, low, closes);
    }

    /** {@code n} closes {@code first, first + step, ...}. */
    static double[] line(int n, double first, double step) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = first + i * step;
        }
        return c;
    }

    /** A random walk of {@code n} valid bars whose daily volatility itself wanders, from {@code seed}. */
    static BarSeries random(long seed, int n) {
        Random random = new Random(seed);
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double price = 20 + random.nextDouble() * 80;
        double vol = 0.005 + random.nextDouble() * 0.03;
        double drift = (random.nextDouble() - 0.5) * 0.004;
        for (int i = 0; i < n; i++) {
            vol = Math.min(0.08, Math.max(0.002, vol * Math.exp(random.nextGaussian() * 0.1)));
            o[i] = price * (1 + random.nextGaussian() * vol / 3);
            c[i] = o[i] * Math.exp(drift + random.nextGaussian() * vol);
            h[i] = Math.max(o[i], c[i]) * (1 + random.nextDouble() * vol);
            l[i] = Math.min(o[i], c[i]) * (1 - random.nextDouble() * vol);
            price = c[i];
        }
        return series(o, h, l, c);
    }

    /** The first {@code n} bars of {@code bars}. */
    static BarSeries prefix(BarSeries bars, int n) {
        return new BarSeries(bars.symbol(), Arrays.copyOf(bars.times(), n), head(bars, PriceField.OPEN, n),
                head(bars, PriceField.HIGH, n), head(bars, PriceField.LOW, n), head(bars, PriceField.CLOSE, n),
                head(bars, PriceField.VOLUME, n));
    }

    /** {@code bars} up to bar {@code keep}, then the bars of {@code other} (same length). */
    static BarSeries splice(BarSeries bars, int keep, BarSeries other) {
        int n = bars.size();
        double[] o = other.column(PriceField.OPEN);
        double[] h = other.column(PriceField.HIGH);
        double[] l = other.column(PriceField.LOW);
        double[] c = other.column(PriceField.CLOSE);
        for (int i = 0; i <= keep; i++) {
            o[i] = bars.open(i);
            h[i] = bars.high(i);
            l[i] = bars.low(i);
            c[i] = bars.close(i);
        }
        return new BarSeries(bars.symbol(), bars.times(), o, h, l, c, new double[n]);
    }

    private static double[] head(BarSeries bars, PriceField field, int n) {
        return Arrays.copyOf(bars.column(field), n);
    }

    private static BarSeries series(double[] o, double[] h, double[] l, double[] c) {
        int n = c.length;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + i * DAY;
            v[i] = 1000;
        }
        return new BarSeries("T", t, o, h, l, c, v);
    }
}
