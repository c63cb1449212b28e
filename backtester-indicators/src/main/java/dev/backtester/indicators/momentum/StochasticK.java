package dev.backtester.indicators.momentum;

import dev.backtester.indicators.Params;
import dev.backtester.indicators.RollingExtreme;

import java.util.Arrays;

/**
 * The raw stochastic %K shared by the stochastic family: {@code 100 * (close - lowest low) /
 * (highest high - lowest low)} over {@code period} bars, 0 when the range is 0 (TA-Lib's
 * convention).
 */
final class StochasticK {

    private StochasticK() {
    }

    static double of(double highest, double lowest, double close) {
        double range = highest - lowest;
        return range == 0.0 ? 0.0 : 100.0 * ((close - lowest) / range);
    }

    /** Raw %K from index {@code from}; NaN before {@code from+period-1} and from the first NaN input on. */
    static void compute(double[] high, double[] low, double[] close, int from, int period, double[] out) {
        compute(high, low, close, from, period, false, out);
    }

    /**
     * Raw %K, or with {@code williams} Williams %R, from index {@code from}. One pass tracks the
     * positions of the highest high and the lowest low and rescans the window only when one of
     * them leaves it (TA-Lib's method; the stream uses a deque, with the same values). Ties do
     * not matter: only the extreme values are used.
     */
    static void compute(double[] high, double[] low, double[] close, int from, int period, boolean williams,
                        double[] out) {
        int n = close.length;
        int first = Math.min(from + period - 1, n);
        Arrays.fill(out, 0, first, Double.NaN);
        int hiIdx = -1;
        int loIdx = -1;
        double hi = 0.0;
        double lo = 0.0;
        for (int i = first; i < n; i++) {
            int start = i - period + 1;
            double h = high[i];
            double l = low[i];
            if (hiIdx < start) {
                hiIdx = start;
                hi = high[start];
                for (int j = start + 1; j <= i; j++) {
                    if (high[j] >= hi) {
                        hi = high[j];
                        hiIdx = j;
                    }
                }
            } else if (h >= hi) {
                hi = h;
                hiIdx = i;
            }
            if (loIdx < start) {
                loIdx = start;
                lo = low[start];
                for (int j = start + 1; j <= i; j++) {
                    if (low[j] <= lo) {
                        lo = low[j];
                        loIdx = j;
                    }
                }
            } else if (l <= lo) {
                lo = l;
                loIdx = i;
            }
            out[i] = williams ? WilliamsR.of(hi, lo, close[i]) : of(hi, lo, close[i]);
        }
        // comparisons skip NaN silently: apply the NaN rule from the first NaN input on
        for (int i = from; i < n; i++) {
            if (Double.isNaN(high[i]) || Double.isNaN(low[i]) || Double.isNaN(close[i])) {
                Arrays.fill(out, Math.max(i, first), n, Double.NaN);
                break;
            }
        }
    }

    /** Streaming raw %K. */
    static final class State {
        private final int period;
        private final RollingExtreme highest;
        private final RollingExtreme lowest;
        private int count;
        private boolean poisoned;

        State(int period) {
            this.period = Params.atLeast("stoch", "period", period, 1);
            highest = new RollingExtreme(period, true);
            lowest = new RollingExtreme(period, false);
        }

        double update(double high, double low, double close) {
            double hh = highest.update(high);
            double ll = lowest.update(low);
            poisoned |= Double.isNaN(close) || Double.isNaN(hh) || Double.isNaN(ll);
            if (++count < period) {
                return Double.NaN;
            }
            return poisoned ? Double.NaN : of(hh, ll, close);
        }
    }
}
