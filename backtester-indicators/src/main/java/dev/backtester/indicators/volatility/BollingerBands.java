package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Bollinger Bands (Bollinger 2001) with TA-Lib's BBANDS semantics: middle = SMA(period),
 * upper = middle + stdDevUp * sd, lower = middle - stdDevDown * sd, where sd is the
 * POPULATION standard deviation (divide by {@code period}, not {@code period-1}) of the same
 * window. Lookback {@code period-1}.
 *
 * <p>Outputs: {@code upper, middle, lower, percent_b, bandwidth} with
 * {@code percent_b = (x - lower) / (upper - lower)} (0.5 when the band has zero width: the
 * price sits in the middle of a collapsed band) and {@code bandwidth = (upper - lower) / middle}
 * as a fraction (StockCharts multiplies it by 100). Mean and deviation come from {@link StdDev}'s
 * centred running sums. A NaN input
 * makes this and every later output NaN.
 */
public final class BollingerBands extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final double stdDevUp;
    private final double stdDevDown;

    /** Close, 20 bars, 2 standard deviations each side. */
    public BollingerBands() {
        this(Source.CLOSE, 20, 2.0, 2.0);
    }

    /**
     * @param source     value read from each bar
     * @param period     window length, >= 1
     * @param stdDevUp   multiplier of the upper band, finite and >= 0
     * @param stdDevDown multiplier of the lower band, finite and >= 0
     */
    public BollingerBands(Source source, int period, double stdDevUp, double stdDevDown) {
        super(name(source, period, stdDevUp, stdDevDown), lookback(period),
                "upper", "middle", "lower", "percent_b", "bandwidth");
        this.source = source;
        this.period = period;
        this.stdDevUp = stdDevUp;
        this.stdDevDown = stdDevDown;
    }

    private static String name(Source source, int period, double up, double down) {
        Params.notNull("bbands", "source", source);
        Params.atLeast("bbands", "period", period, 1);
        Params.finiteAtLeast("bbands", "stdDevUp", up, 0);
        Params.finiteAtLeast("bbands", "stdDevDown", down, 0);
        return "bbands(" + source.label() + "," + period + "," + up + "," + down + ")";
    }

    /**
     * @param period window length
     * @return {@code period-1}
     */
    public static int lookback(int period) {
        return period - 1;
    }

    /**
     * Bollinger Bands of {@code in} from index 0. All output arrays must be as long as
     * {@code in}; they are NaN for the first {@code period-1} bars.
     *
     * @param in         input values
     * @param period     window length, >= 1
     * @param stdDevUp   multiplier of the upper band
     * @param stdDevDown multiplier of the lower band
     * @param upper      upper band
     * @param middle     SMA
     * @param lower      lower band
     * @param percentB   position of the input within the band
     * @param bandwidth  band width relative to the middle
     */
    public static void compute(double[] in, int period, double stdDevUp, double stdDevDown,
                               double[] upper, double[] middle, double[] lower, double[] percentB,
                               double[] bandwidth) {
        Params.atLeast("bbands", "period", period, 1);
        int n = in.length;
        Params.sameLength("bbands", "upper", upper.length, "in", n);
        Params.sameLength("bbands", "middle", middle.length, "in", n);
        Params.sameLength("bbands", "lower", lower.length, "in", n);
        Params.sameLength("bbands", "percentB", percentB.length, "in", n);
        Params.sameLength("bbands", "bandwidth", bandwidth.length, "in", n);
        StdDev.compute(in, period, middle, lower);
        for (int i = period - 1; i < n; i++) {
            double mean = middle[i];
            double sd = lower[i];
            double up = mean + sd * stdDevUp;
            double lo = mean - sd * stdDevDown;
            upper[i] = up;
            lower[i] = lo;
            derived(in[i], mean, up, lo, percentB, bandwidth, i);
        }
        int warm = Math.min(period - 1, n);
        Arrays.fill(upper, 0, warm, Double.NaN);
        Arrays.fill(percentB, 0, warm, Double.NaN);
        Arrays.fill(bandwidth, 0, warm, Double.NaN);
    }

    /**
     * %B and bandwidth with one division instead of two (divisions dominate this loop):
     * {@code r = 1/(width*mean)}, {@code %B = (x-lower)*mean*r}, {@code bandwidth = width*width*r}.
     */
    private static void derived(double x, double mean, double up, double lo, double[] percentB,
                                double[] bandwidth, int i) {
        double width = up - lo;
        if (width == 0.0) {
            percentB[i] = 0.5;
            bandwidth[i] = 0.0 / mean;
            return;
        }
        double r = 1.0 / (width * mean);
        percentB[i] = (x - lo) * mean * r;
        bandwidth[i] = width * width * r;
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, stdDevUp, stdDevDown, out[0], out[1], out[2], out[3], out[4]);
    }

    @Override
    public IndicatorStream stream() {
        return new Stream();
    }

    private final class Stream implements IndicatorStream {
        private final StdDev.State stats = new StdDev.State(period);
        private final double[] values = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        private final double[] percent = new double[1];
        private final double[] width = new double[1];

        @Override
        public void update(long time, double open, double high, double low, double close, double volume) {
            double x = source.of(open, high, low, close, volume);
            stats.update(x);
            // during warm-up mean and sd are NaN, and so is everything derived from them
            double mean = stats.mean();
            double sd = stats.sd();
            double up = mean + sd * stdDevUp;
            double lo = mean - sd * stdDevDown;
            values[0] = up;
            values[1] = mean;
            values[2] = lo;
            derived(x, mean, up, lo, percent, width, 0);
            values[3] = percent[0];
            values[4] = width[0];
        }

        @Override
        public double value(int output) {
            return values[Params.output(output, 5)];
        }
    }
}
