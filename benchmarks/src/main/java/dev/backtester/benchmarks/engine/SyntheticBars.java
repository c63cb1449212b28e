package dev.backtester.benchmarks.engine;

import dev.backtester.api.data.BarSeries;
import java.util.Random;

/**
 * A reproducible bar series of any length: the log price reverts slowly towards log(100), so the
 * series neither drifts to zero nor explodes and a strategy keeps trading over all of it.
 */
public final class SyntheticBars {
    private SyntheticBars() {
    }

    /** A walk pulled back towards log(100) by 0.1% a bar: trades keep coming over any length. */
    public static BarSeries randomWalk(String symbol, int n, long seed) {
        return walk(symbol, n, seed, 0.001);
    }

    /**
     * The same walk pulled back towards log(100) {@code reversion} of the way each bar: with a strong
     * pull, buying dips below the slow average has an edge, so edge-seeking sizers (Kelly) keep trading.
     */
    static BarSeries walk(String symbol, int n, long seed, double reversion) {
        Random random = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double anchor = Math.log(100);
        double logPrice = anchor;
        for (int i = 0; i < n; i++) {
            t[i] = 946_684_800_000L + i * 60_000L;
            o[i] = Math.exp(logPrice + random.nextGaussian() * 0.0005);
            logPrice += -reversion * (logPrice - anchor) + random.nextGaussian() * 0.003;
            c[i] = Math.exp(logPrice);
            h[i] = Math.max(o[i], c[i]) * (1 + random.nextDouble() * 0.001);
            l[i] = Math.min(o[i], c[i]) * (1 - random.nextDouble() * 0.001);
            v[i] = 1_000 + random.nextInt(10_000);
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }
}
