package dev.backtester.indicators.trend;

import dev.backtester.indicators.Params;

import java.util.Arrays;

/**
 * Difference of a fast and a slow moving average, shared by {@link Apo} and {@link Ppo}. Both
 * averages start at bar 0 (with EMAs each is seeded with the SMA of its own first inputs): TA-Lib
 * does so for APO and PPO, unlike MACD, whose fast EMA it seeds to end with the slow one's seed.
 */
final class PriceOscillator {

    private PriceOscillator() {
    }

    static void validate(String indicator, int fast, int slow, MaType type) {
        Params.atLeast(indicator, "fastPeriod", fast, 1);
        Params.less(indicator, "fastPeriod", fast, "slowPeriod", slow);
        Params.notNull(indicator, "maType", type);
    }

    static void compute(double[] in, int fast, int slow, MaType type, boolean percent, double[] out) {
        int n = in.length;
        double[] fastMa = new double[n];
        if (type == MaType.EMA) {
            Ema.compute(in, 0, fast, EmaSeed.SMA, fastMa);
            Ema.compute(in, 0, slow, EmaSeed.SMA, out);
        } else {
            Sma.compute(in, 0, fast, fastMa);
            Sma.compute(in, 0, slow, out);
        }
        for (int i = slow - 1; i < n; i++) {
            out[i] = value(fastMa[i], out[i], percent);
        }
        Arrays.fill(out, 0, Math.min(slow - 1, n), Double.NaN);
    }

    static double value(double fastMa, double slowMa, boolean percent) {
        if (!percent) {
            return fastMa - slowMa;
        }
        // TA-Lib's convention for a zero slow average
        return slowMa == 0.0 ? 0.0 : ((fastMa - slowMa) / slowMa) * 100.0;
    }

    /** Streaming form, bit-identical to {@link #compute}. */
    static final class State {
        private final Sma.State fastSma;
        private final Sma.State slowSma;
        private final Ema.State fastEma;
        private final Ema.State slowEma;
        private final boolean percent;
        private final int slowLookback;
        private int bars;

        State(int fast, int slow, MaType type, boolean percent) {
            this.percent = percent;
            this.slowLookback = slow - 1;
            boolean ema = type == MaType.EMA;
            fastSma = ema ? null : new Sma.State(fast);
            slowSma = ema ? null : new Sma.State(slow);
            fastEma = ema ? new Ema.State(fast, EmaSeed.SMA) : null;
            slowEma = ema ? new Ema.State(slow, EmaSeed.SMA) : null;
        }

        double update(double x) {
            int i = bars++;
            double fastValue;
            double slowValue;
            if (fastEma != null) {
                fastValue = fastEma.update(x);
                slowValue = slowEma.update(x);
            } else {
                fastValue = fastSma.update(x);
                slowValue = slowSma.update(x);
            }
            return i >= slowLookback ? value(fastValue, slowValue, percent) : Double.NaN;
        }
    }
}
