package dev.backtester.benchmarks.engine;

import dev.backtester.api.data.BarSeries;
import java.util.Random;

/** A reproducible random-walk bar series of any length. */
final class SyntheticBars {
    private SyntheticBars() {
    }

    static BarSeries randomWalk(String symbol, int n, long seed) {
        Random random = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = 946_684_800_000L + i * 60_000L;
            o[i] = price * (1 + random.nextGaussian() * 0.001);
            c[i] = o[i] * (1 + random.nextGaussian() * 0.004);
            h[i] = Math.max(o[i], c[i]) * (1 + random.nextDouble() * 0.001);
            l[i] = Math.min(o[i], c[i]) * (1 - random.nextDouble() * 0.001);
            v[i] = 1_000 + random.nextInt(10_000);
            price = c[i];
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }
}
