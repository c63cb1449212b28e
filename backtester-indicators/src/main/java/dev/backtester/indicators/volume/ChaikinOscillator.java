package dev.backtester.indicators.volume;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;

import java.util.Arrays;

/**
 * Chaikin oscillator: {@code EMA(fast) - EMA(slow)} of the accumulation/distribution line.
 * TA-Lib: ADOSC. Unlike the other EMAs here, TA-Lib seeds both EMAs with the first A/D value (not
 * an SMA), and so does this class. Defaults 3 and 10. Lookback {@code slowPeriod-1}. Output:
 * {@code value}. A NaN input makes this and every later output NaN.
 */
public final class ChaikinOscillator extends AbstractIndicator {

    private final int fastPeriod;
    private final int slowPeriod;

    /** Chaikin's 3 and 10. */
    public ChaikinOscillator() {
        this(3, 10);
    }

    /**
     * @param fastPeriod fast EMA period, >= 1
     * @param slowPeriod slow EMA period, > fastPeriod
     */
    public ChaikinOscillator(int fastPeriod, int slowPeriod) {
        super(name(fastPeriod, slowPeriod), lookback(slowPeriod), "value");
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
    }

    private static String name(int fast, int slow) {
        validate(fast, slow);
        return "adosc(" + fast + "," + slow + ")";
    }

    private static void validate(int fast, int slow) {
        Params.atLeast("adosc", "fastPeriod", fast, 1);
        Params.less("adosc", "fastPeriod", fast, "slowPeriod", slow);
    }

    /**
     * @param slowPeriod slow EMA period
     * @return {@code slowPeriod-1}
     */
    public static int lookback(int slowPeriod) {
        return slowPeriod - 1;
    }

    /**
     * Chaikin oscillator from index 0.
     *
     * @param high       highs
     * @param low        lows, as long as {@code high}
     * @param close      closes, as long as {@code high}
     * @param volume     volumes, as long as {@code high}
     * @param fastPeriod fast EMA period, >= 1
     * @param slowPeriod slow EMA period, > fastPeriod
     * @param out        output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, double[] volume, int fastPeriod,
                               int slowPeriod, double[] out) {
        validate(fastPeriod, slowPeriod);
        int n = high.length;
        Params.sameLength("adosc", "low", low.length, "high", n);
        Params.sameLength("adosc", "close", close.length, "high", n);
        Params.sameLength("adosc", "volume", volume.length, "high", n);
        Params.sameLength("adosc", "out", out.length, "high", n);
        // one pass, the same arithmetic as two first-value-seeded Ema.State
        double kf = Ema.alpha(fastPeriod);
        double mf = 1.0 - kf;
        double ks = Ema.alpha(slowPeriod);
        double ms = 1.0 - ks;
        double ad = 0.0;
        double fast = 0.0;
        double slow = 0.0;
        for (int i = 0; i < n; i++) {
            ad += AccumulationDistribution.flow(high[i], low[i], close[i], volume[i]);
            if (i == 0) {
                fast = ad;
                slow = ad;
            } else {
                fast = ad * kf + fast * mf;
                slow = ad * ks + slow * ms;
            }
            out[i] = fast - slow;
        }
        Arrays.fill(out, 0, Math.min(slowPeriod - 1, n), Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), bars.volume(), fastPeriod, slowPeriod, out[0]);
        NaNs.poison(out, bars.high(), bars.low(), bars.close(), bars.volume());
    }

    @Override
    public IndicatorStream stream() {
        Ema.State fast = new Ema.State(fastPeriod, EmaSeed.FIRST_VALUE);
        Ema.State slow = new Ema.State(slowPeriod, EmaSeed.FIRST_VALUE);
        return new BaseStream(1) {
            private int bars;
            private double ad;
            private boolean poisoned;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close) || Double.isNaN(volume);
                ad += AccumulationDistribution.flow(high, low, close, volume);
                double value = fast.update(ad) - slow.update(ad);
                if (bars++ >= slowPeriod - 1) {
                    values[0] = poisoned ? Double.NaN : value;
                }
            }
        };
    }
}
