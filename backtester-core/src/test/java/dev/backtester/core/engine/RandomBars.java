package dev.backtester.core.engine;

import dev.backtester.api.data.BarSeries;
import java.util.Random;

/** Random but valid bar series (positive prices, low <= open, close <= high), reproducible from a seed. */
final class RandomBars {
    private RandomBars() {
    }

    static BarSeries series(String symbol, long seed, int n) {
        return series(symbol, seed, n, TestBars.START, TestBars.DAY);
    }

    static BarSeries series(String symbol, long seed, int n, long start, long step) {
        Random random = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 20 + random.nextDouble() * 80;
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
            o[i] = price * (1 + random.nextGaussian() * 0.01);
            c[i] = o[i] * (1 + random.nextGaussian() * 0.02);
            h[i] = Math.max(o[i], c[i]) * (1 + random.nextDouble() * 0.01);
            l[i] = Math.min(o[i], c[i]) * (1 - random.nextDouble() * 0.01);
            v[i] = 1000 + random.nextInt(100_000);
            price = c[i];
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }

    /** {@code base} up to and including bar {@code keep}, then different random bars. */
    static BarSeries withDifferentFuture(BarSeries base, int keep, long seed) {
        BarSeries other = series(base.symbol(), seed, base.size());
        int n = base.size();
        long[] t = base.times();
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            BarSeries from = i <= keep ? base : other;
            o[i] = from.open(i);
            h[i] = from.high(i);
            l[i] = from.low(i);
            c[i] = from.close(i);
            v[i] = from.volume(i);
        }
        return new BarSeries(base.symbol(), t, o, h, l, c, v);
    }
}
