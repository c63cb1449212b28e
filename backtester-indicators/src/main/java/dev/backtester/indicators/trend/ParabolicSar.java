package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;

/**
 * Parabolic SAR (Wilder 1978) with TA-Lib's start-up and flip rules. TA-Lib: SAR. Lookback 1.
 * Output: {@code value}, the stop for the bar (computed from bars before it).
 *
 * <p>TA-Lib's rules, which other tools vary: the first trend is short if bar 1 has a positive
 * minus directional movement ({@code low0 - low1 > 0} and larger than {@code high1 - high0}),
 * else long; a long starts with SAR = low of bar 0 and extreme point = high of bar 1 (short:
 * high of bar 0, low of bar 1). The acceleration starts at {@code acceleration}, grows by it with
 * each new extreme up to {@code maximum}. On a flip (the bar's low touches or crosses a long SAR,
 * or its high a short one) the output is the old extreme point, clamped outside the previous and
 * current bar's range, and the new SAR is computed from it at once. The SAR is never placed inside
 * the previous or current bar's range. A NaN input makes this and every later output NaN.
 */
public final class ParabolicSar extends AbstractIndicator {

    private final double acceleration;
    private final double maximum;

    /** Wilder's 0.02 and 0.2. */
    public ParabolicSar() {
        this(0.02, 0.2);
    }

    /**
     * @param acceleration acceleration step and start, finite and > 0
     * @param maximum      acceleration cap, finite and >= acceleration
     */
    public ParabolicSar(double acceleration, double maximum) {
        super(name(acceleration, maximum), 1, "value");
        this.acceleration = acceleration;
        this.maximum = maximum;
    }

    private static String name(double acceleration, double maximum) {
        validate(acceleration, maximum);
        return "sar(" + acceleration + "," + maximum + ")";
    }

    private static void validate(double acceleration, double maximum) {
        Params.finitePositive("sar", "acceleration", acceleration);
        Params.finitePositive("sar", "maximum", maximum);
        if (acceleration > maximum) {
            throw new IllegalArgumentException("sar: acceleration (" + acceleration + ") must be <= maximum ("
                    + maximum + ")");
        }
    }

    /**
     * @param acceleration acceleration step (does not affect the lookback)
     * @param maximum      acceleration cap (does not affect the lookback)
     * @return 1
     */
    public static int lookback(double acceleration, double maximum) {
        return 1;
    }

    /**
     * Parabolic SAR from index 0; {@code out[0]} is NaN.
     *
     * @param high         highs
     * @param low          lows, as long as {@code high}
     * @param acceleration acceleration step, > 0
     * @param maximum      acceleration cap, >= acceleration
     * @param out          output, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double acceleration, double maximum, double[] out) {
        validate(acceleration, maximum);
        Params.sameLength("sar", "low", low.length, "high", high.length);
        Params.sameLength("sar", "out", out.length, "high", high.length);
        State state = new State(acceleration, maximum);
        for (int i = 0; i < high.length; i++) {
            out[i] = state.update(high[i], low[i]);
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), acceleration, maximum, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(acceleration, maximum);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(high, low);
            }
        };
    }

    /** Streaming SAR state; the kernel runs the same code. */
    private static final class State {
        private final double acceleration;
        private final double maximum;
        private int bars;
        private boolean poisoned;
        private boolean isLong;
        private double sar;
        private double ep;
        private double af;
        private double lastHigh;
        private double lastLow;

        State(double acceleration, double maximum) {
            this.acceleration = acceleration;
            this.maximum = maximum;
        }

        double update(double high, double low) {
            int i = bars++;
            poisoned |= Double.isNaN(high) || Double.isNaN(low);
            double prevHigh = lastHigh;
            double prevLow = lastLow;
            lastHigh = high;
            lastLow = low;
            if (poisoned || i == 0) {
                return Double.NaN;
            }
            if (i == 1) {
                double up = high - prevHigh;
                double down = prevLow - low;
                isLong = !(down > 0 && up < down);
                sar = isLong ? prevLow : prevHigh;
                ep = isLong ? high : low;
                af = acceleration;
                // TA-Lib treats bar 1 as its own previous bar for the range clamps
                prevHigh = high;
                prevLow = low;
            }
            return isLong ? longStep(high, low, prevHigh, prevLow) : shortStep(high, low, prevHigh, prevLow);
        }

        private double longStep(double high, double low, double prevHigh, double prevLow) {
            if (low <= sar) {
                isLong = false;
                double out = Math.max(Math.max(ep, prevHigh), high);
                af = acceleration;
                ep = low;
                sar = Math.max(Math.max(out + af * (ep - out), prevHigh), high);
                return out;
            }
            double out = sar;
            if (high > ep) {
                ep = high;
                af = Math.min(af + acceleration, maximum);
            }
            sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), low);
            return out;
        }

        private double shortStep(double high, double low, double prevHigh, double prevLow) {
            if (high >= sar) {
                isLong = true;
                double out = Math.min(Math.min(ep, prevLow), low);
                af = acceleration;
                ep = high;
                sar = Math.min(Math.min(out + af * (ep - out), prevLow), low);
                return out;
            }
            double out = sar;
            if (low < ep) {
                ep = low;
                af = Math.min(af + acceleration, maximum);
            }
            sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), high);
            return out;
        }
    }
}
