package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.volatility.Atr;

/**
 * SuperTrend (Olivier Seban), following TradingView's Pine reference {@code ta.supertrend}. Not
 * in TA-Lib. Defaults: ATR period 10, multiplier 3. Lookback {@code period}. Outputs:
 * {@code value} (the trailing stop) and {@code direction} (+1 up trend: value is the lower band;
 * -1 down trend: value is the upper band).
 *
 * <p>Basic bands {@code (high+low)/2 ± multiplier*ATR}. The final upper band only moves down
 * (it takes the basic band when that is lower, or when the previous close was above the previous
 * final upper band), the final lower band only moves up (symmetrically). In a down trend the trend
 * turns up when the close exceeds the final upper band; in an up trend it turns down when the close
 * falls below the final lower band. The first bar (bar {@code period}) is a down trend, as in
 * Pine. The ATR is TA-Lib's (see {@link Atr}: first value at bar {@code period}, true range from
 * bar 1), whereas Pine's also counts high-low of bar 0, so the first bars differ slightly from
 * TradingView. A NaN input makes this and every later output NaN.
 */
public final class SuperTrend extends AbstractIndicator {

    private final int period;
    private final double multiplier;

    /** ATR period 10, multiplier 3. */
    public SuperTrend() {
        this(10, 3.0);
    }

    /**
     * @param period     ATR period, >= 1
     * @param multiplier ATR multiple, finite and > 0
     */
    public SuperTrend(int period, double multiplier) {
        super(name(period, multiplier), period, "value", "direction");
        this.period = period;
        this.multiplier = multiplier;
    }

    private static String name(int period, double multiplier) {
        validate(period, multiplier);
        return "supertrend(" + period + "," + multiplier + ")";
    }

    private static void validate(int period, double multiplier) {
        Params.atLeast("supertrend", "period", period, 1);
        Params.finitePositive("supertrend", "multiplier", multiplier);
    }

    /**
     * @param period ATR period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * SuperTrend from index 0.
     *
     * @param high       highs
     * @param low        lows, as long as {@code high}
     * @param close      closes, as long as {@code high}
     * @param period     ATR period, >= 1
     * @param multiplier ATR multiple, > 0
     * @param value      trailing stop, as long as {@code high}
     * @param direction  +1 or -1, as long as {@code high}
     */
    public static void compute(double[] high, double[] low, double[] close, int period, double multiplier,
                               double[] value, double[] direction) {
        validate(period, multiplier);
        int n = close.length;
        Params.sameLength("supertrend", "high", high.length, "close", n);
        Params.sameLength("supertrend", "low", low.length, "close", n);
        Params.sameLength("supertrend", "value", value.length, "close", n);
        Params.sameLength("supertrend", "direction", direction.length, "close", n);
        State state = new State(period, multiplier);
        for (int i = 0; i < n; i++) {
            state.update(high[i], low[i], close[i]);
            value[i] = state.value;
            direction[i] = state.direction;
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(bars.high(), bars.low(), bars.close(), period, multiplier, out[0], out[1]);
    }

    @Override
    public IndicatorStream stream() {
        State state = new State(period, multiplier);
        return new BaseStream(2) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                state.update(high, low, close);
                values[0] = state.value;
                values[1] = state.direction;
            }
        };
    }

    private static final class State {
        private final int period;
        private final double multiplier;
        private final Atr.State atr;
        private int bars;
        private boolean poisoned;
        private double prevClose;
        private double upper;
        private double lower;
        private double value = Double.NaN;
        private double direction = Double.NaN;

        State(int period, double multiplier) {
            this.period = period;
            this.multiplier = multiplier;
            this.atr = new Atr.State(period);
        }

        void update(double high, double low, double close) {
            double range = atr.update(high, low, close);
            int i = bars++;
            poisoned |= Double.isNaN(high) || Double.isNaN(low) || Double.isNaN(close);
            double pc = prevClose;
            prevClose = close;
            if (i < period) {
                return;
            }
            if (poisoned) {
                value = Double.NaN;
                direction = Double.NaN;
                return;
            }
            double mid = (high + low) / 2.0;
            double basicUpper = mid + multiplier * range;
            double basicLower = mid - multiplier * range;
            if (i == period) {
                upper = basicUpper;
                lower = basicLower;
                direction = -1.0;
            } else {
                upper = basicUpper < upper || pc > upper ? basicUpper : upper;
                lower = basicLower > lower || pc < lower ? basicLower : lower;
                if (direction < 0) {
                    direction = close > upper ? 1.0 : -1.0;
                } else {
                    direction = close < lower ? -1.0 : 1.0;
                }
            }
            value = direction > 0 ? lower : upper;
        }
    }
}
