package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

import java.util.Arrays;

/**
 * Annualized historical (close-to-close) volatility: the SAMPLE standard deviation (divide by
 * {@code period-1}) of the last {@code period} log returns {@code ln(x[t]/x[t-1])}, times
 * {@code sqrt(periodsPerYear)} (Hull, "Options, Futures, and Other Derivatives", estimating
 * volatility from historical data). Not in TA-Lib. Lookback {@code period} (period returns need
 * period+1 prices). Output: {@code value}, as a fraction (0.25 = 25% a year). Prices must be
 * positive. A NaN input makes this and every later output NaN.
 */
public final class HistoricalVolatility extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final double periodsPerYear;

    /**
     * Close-to-close volatility of daily bars (252 trading days a year).
     *
     * @param period number of returns, >= 2
     */
    public HistoricalVolatility(int period) {
        this(Source.CLOSE, period, 252.0);
    }

    /**
     * @param source         price read from each bar
     * @param period         number of returns, >= 2
     * @param periodsPerYear bars per year (252 for daily stock bars, 365 for crypto), > 0
     */
    public HistoricalVolatility(Source source, int period, double periodsPerYear) {
        super(name(source, period, periodsPerYear), lookback(period), "value");
        this.source = source;
        this.period = period;
        this.periodsPerYear = periodsPerYear;
    }

    private static String name(Source source, int period, double periodsPerYear) {
        Params.notNull("hv", "source", source);
        Params.atLeast("hv", "period", period, 2);
        Params.finitePositive("hv", "periodsPerYear", periodsPerYear);
        return "hv(" + source.label() + "," + period + "," + periodsPerYear + ")";
    }

    /**
     * @param period number of returns
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /** Turns the population deviation of the returns into the annualized sample deviation. */
    private static double factor(int period, double periodsPerYear) {
        return Math.sqrt(periodsPerYear * period / (period - 1.0));
    }

    /**
     * Historical volatility of {@code in} from index 0.
     *
     * @param in             positive prices
     * @param period         number of returns, >= 2
     * @param periodsPerYear bars per year, > 0
     * @param out            output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double periodsPerYear, double[] out) {
        Params.atLeast("hv", "period", period, 2);
        Params.finitePositive("hv", "periodsPerYear", periodsPerYear);
        Params.sameLength("hv", "out", out.length, "in", in.length);
        int n = in.length;
        double[] returns = new double[n];
        for (int i = 1; i < n; i++) {
            returns[i] = Math.log(in[i] / in[i - 1]);
        }
        StdDev.compute(returns, Math.min(1, n), period, new double[n], out);
        double factor = factor(period, periodsPerYear);
        for (int i = period; i < n; i++) {
            out[i] *= factor;
        }
        Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, periodsPerYear, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        StdDev.State sd = new StdDev.State(period);
        double factor = factor(period, periodsPerYear);
        return new BaseStream(1) {
            private boolean started;
            private double prev;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double x = source.of(open, high, low, close, volume);
                if (started) {
                    sd.update(Math.log(x / prev));
                    values[0] = sd.sd() * factor;
                }
                started = true;
                prev = x;
            }
        };
    }
}
