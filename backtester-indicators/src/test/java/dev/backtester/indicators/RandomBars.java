package dev.backtester.indicators;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.Random;

/**
 * Random but realistic bars for property tests: a geometric random walk with positive OHLC,
 * {@code low <= open, close <= high}, positive integer volume and strictly increasing times
 * with gaps of 1 to 8 hours (so sessions change every few bars). Some bars repeat the previous
 * close and some are completely flat, to exercise ties and zero ranges.
 */
public final class RandomBars {

    private RandomBars() {
    }

    /**
     * @param maxLength longest series generated
     * @return series of 0..maxLength bars
     */
    public static Arbitrary<Bars> arbitrary(int maxLength) {
        return Combinators.combine(Arbitraries.integers().between(0, maxLength), Arbitraries.longs())
                .as(RandomBars::generate);
    }

    /**
     * @param n    number of bars
     * @param seed random seed
     * @return the generated bars
     */
    public static Bars generate(int n, long seed) {
        Random random = new Random(seed);
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double price = 10 + 90 * random.nextDouble();
        long t = 1_600_000_000_000L + random.nextInt(86_400_000);
        for (int i = 0; i < n; i++) {
            t += 3_600_000L * (1 + random.nextInt(8));
            time[i] = t;
            double o = price * Math.exp(0.005 * random.nextGaussian());
            double c = random.nextDouble() < 0.1 ? price : o * Math.exp(0.02 * random.nextGaussian());
            if (random.nextDouble() < 0.05) {
                o = c;
                high[i] = c;
                low[i] = c;
            } else {
                high[i] = Math.max(o, c) * (1 + 0.01 * Math.abs(random.nextGaussian()));
                low[i] = Math.min(o, c) * (1 - 0.01 * Math.abs(random.nextGaussian()));
            }
            open[i] = o;
            close[i] = c;
            volume[i] = 1 + Math.floor(1_000_000 * random.nextDouble());
            price = c;
        }
        return new Bars(time, open, high, low, close, volume);
    }

    /**
     * @param bars   source bars
     * @param length number of leading bars kept
     * @return a copy of the first {@code length} bars
     */
    public static Bars prefix(Bars bars, int length) {
        return new Bars(java.util.Arrays.copyOf(bars.time(), length),
                java.util.Arrays.copyOf(bars.open(), length), java.util.Arrays.copyOf(bars.high(), length),
                java.util.Arrays.copyOf(bars.low(), length), java.util.Arrays.copyOf(bars.close(), length),
                java.util.Arrays.copyOf(bars.volume(), length));
    }
}
