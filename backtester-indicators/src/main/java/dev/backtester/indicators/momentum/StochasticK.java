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
        int n = close.length;
        State state = new State(period);
        Arrays.fill(out, 0, Math.min(from, n), Double.NaN);
        for (int i = from; i < n; i++) {
            out[i] = state.update(high[i], low[i], close[i]);
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
