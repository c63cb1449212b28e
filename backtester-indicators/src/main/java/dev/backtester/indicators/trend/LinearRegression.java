package dev.backtester.indicators.trend;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Least-squares line through the last {@code period} values. Outputs: {@code value}, the line at
 * the current bar (TA-Lib: LINEARREG), and {@code slope}, per bar (TA-Lib: LINEARREG_SLOPE).
 * Lookback {@code period-1}.
 *
 * <p>O(1) per bar: sums of {@code y} and {@code age*y} are rolled forward; they are kept relative
 * to an anchor value of the window and recomputed from the window every {@code period} bars, which
 * bounds rounding drift (TA-Lib recomputes them every bar, O(period)). A NaN input makes this and
 * every later output NaN.
 */
public final class LinearRegression extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period window length, >= 2; source is the close */
    public LinearRegression(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period window length, >= 2
     */
    public LinearRegression(Source source, int period) {
        super(name(source, period), lookback(period), "value", "slope");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("linreg", "source", source);
        Params.atLeast("linreg", "period", period, 2);
        return "linreg(" + source.label() + "," + period + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Regression value and slope of {@code in} from index 0.
     *
     * @param in     input values
     * @param period window length, >= 2
     * @param value  the fitted line at each bar, as long as {@code in}
     * @param slope  the slope per bar, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] value, double[] slope) {
        Params.atLeast("linreg", "period", period, 2);
        int n = in.length;
        Params.sameLength("linreg", "value", value.length, "in", n);
        Params.sameLength("linreg", "slope", slope.length, "in", n);
        int first = period - 1;
        Arrays.fill(value, 0, Math.min(first, n), Double.NaN);
        Arrays.fill(slope, 0, Math.min(first, n), Double.NaN);
        Fit fit = new Fit(period);
        for (int i = first; i < n; i++) {
            if (fit.dueForAnchor()) {
                fit.anchor(in[i]);
                for (int age = 0; age < period; age++) {
                    fit.add(age, in[i - age]);
                }
            } else {
                fit.roll(in[i], in[i - period]);
            }
            value[i] = fit.value();
            slope[i] = fit.slope();
        }
    }

    /**
     * Rolling sums relative to an anchor; shared by kernel and stream so both do the same
     * arithmetic. Ages count bars back from the newest (age 0).
     */
    private static final class Fit {
        private final int period;
        private final double sumX;
        private final double divisor;
        private int sinceAnchor;
        private double anchor;
        private double sumY;
        private double sumXY;
        private double slope;

        Fit(int period) {
            this.period = period;
            this.sumX = period * (period - 1) * 0.5;
            double sumXSq = period * (period - 1) * (2.0 * period - 1) / 6.0;
            this.divisor = sumX * sumX - period * sumXSq;
            this.sinceAnchor = period;
        }

        boolean dueForAnchor() {
            // a NaN in the sums must stay, so never recompute it away
            return sinceAnchor == period && !Double.isNaN(sumY);
        }

        void anchor(double a) {
            anchor = a;
            sumY = 0.0;
            sumXY = 0.0;
            sinceAnchor = 0;
        }

        void add(int age, double y) {
            double d = y - anchor;
            sumY += d;
            sumXY += age * d;
        }

        void roll(double newest, double dropped) {
            double d = dropped - anchor;
            // every age grows by one, the dropped value would have age == period
            sumXY += sumY - period * d;
            sumY += (newest - anchor) - d;
        }

        double value() {
            sinceAnchor++;
            // x counts ages, so the ordinary formula gives the slope per bar backwards in time;
            // the divisor's sign (sumX² - n*sumX²) flips it to forward time, as in TA-Lib
            slope = (period * sumXY - sumX * sumY) / divisor;
            double intercept = (sumY - slope * sumX) / period;
            return anchor + (intercept + slope * (period - 1));
        }

        double slope() {
            return slope;
        }
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0], out[1]);
    }

    @Override
    public IndicatorStream stream() {
        return new BaseStream(2) {
            private final double[] window = new double[period];
            private final Fit fit = new Fit(period);
            private int count;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                int slot = count % period;
                double dropped = window[slot];
                window[slot] = x;
                if (++count < period) {
                    return;
                }
                if (fit.dueForAnchor()) {
                    fit.anchor(x);
                    for (int age = 0; age < period; age++) {
                        fit.add(age, window[Math.floorMod(slot - age, period)]);
                    }
                } else {
                    fit.roll(x, dropped);
                }
                values[0] = fit.value();
                values[1] = fit.slope();
            }
        };
    }
}
