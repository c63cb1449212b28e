package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.NaNs;
import dev.backtester.indicators.Params;

import java.util.Arrays;

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
        int n = high.length;
        if (n == 0) {
            return;
        }
        out[0] = Double.NaN;
        if (n == 1) {
            return;
        }
        // the same start-up and steps as State, in local variables the JIT keeps in registers
        double up = high[1] - high[0];
        double down = low[0] - low[1];
        boolean isLong = !(down > 0 && up < down);
        double sar = isLong ? low[0] : high[0];
        double ep = isLong ? high[1] : low[1];
        double af = acceleration;
        // bar 1 is its own previous bar for the range clamps (TA-Lib)
        double lastHigh = high[1];
        double lastLow = low[1];
        for (int i = 1; i < n; i++) {
            double prevHigh = lastHigh;
            double prevLow = lastLow;
            double h = high[i];
            double l = low[i];
            lastHigh = h;
            lastLow = l;
            double value;
            if (isLong) {
                if (l <= sar) {
                    isLong = false;
                    value = max3(ep, prevHigh, h);
                    af = acceleration;
                    ep = l;
                    sar = max3(value + af * (ep - value), prevHigh, h);
                } else {
                    value = sar;
                    if (h > ep) {
                        ep = h;
                        af = af + acceleration > maximum ? maximum : af + acceleration;
                    }
                    sar = min3(sar + af * (ep - sar), prevLow, l);
                }
            } else {
                if (h >= sar) {
                    isLong = true;
                    value = min3(ep, prevLow, l);
                    af = acceleration;
                    ep = h;
                    sar = min3(value + af * (ep - value), prevLow, l);
                } else {
                    value = sar;
                    if (l < ep) {
                        ep = l;
                        af = af + acceleration > maximum ? maximum : af + acceleration;
                    }
                    sar = max3(sar + af * (ep - sar), prevHigh, h);
                }
            }
            out[i] = value;
        }
        Arrays.fill(out, NaNs.first(high, low), n, Double.NaN);
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

    // plain comparisons: Math.max/min also order NaN and signed zeros, which costs time here
    private static double max3(double a, double b, double c) {
        double m = a > b ? a : b;
        return m > c ? m : c;
    }

    private static double min3(double a, double b, double c) {
        double m = a < b ? a : b;
        return m < c ? m : c;
    }

    /** Streaming SAR state; the kernel repeats its arithmetic with local variables. */
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
                double out = max3(ep, prevHigh, high);
                af = acceleration;
                ep = low;
                sar = max3(out + af * (ep - out), prevHigh, high);
                return out;
            }
            double out = sar;
            if (high > ep) {
                ep = high;
                af = af + acceleration > maximum ? maximum : af + acceleration;
            }
            sar = min3(sar + af * (ep - sar), prevLow, low);
            return out;
        }

        private double shortStep(double high, double low, double prevHigh, double prevLow) {
            if (high >= sar) {
                isLong = true;
                double out = min3(ep, prevLow, low);
                af = acceleration;
                ep = high;
                sar = min3(out + af * (ep - out), prevLow, low);
                return out;
            }
            double out = sar;
            if (low < ep) {
                ep = low;
                af = af + acceleration > maximum ? maximum : af + acceleration;
            }
            sar = max3(sar + af * (ep - sar), prevHigh, high);
            return out;
        }
    }
}
