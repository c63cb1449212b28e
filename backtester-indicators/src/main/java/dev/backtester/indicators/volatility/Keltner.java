package dev.backtester.indicators.volatility;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.EmaSeed;

import java.util.Arrays;

/**
 * Keltner channels as defined by StockCharts ChartSchool ("Keltner Channels", Linda Raschke's
 * version): middle = EMA(source, period), upper/lower = middle ± multiplier * ATR(atrPeriod).
 * Not in TA-Lib. Defaults: close, 20, 10, 2.0. Lookback {@code max(period-1, atrPeriod)}.
 * Outputs: {@code upper, middle, lower}. The EMA is SMA-seeded and the ATR is TA-Lib's (see
 * {@link Atr}). A NaN input makes this and every later output NaN.
 */
public final class Keltner extends AbstractIndicator {

    private final Source source;
    private final int period;
    private final int atrPeriod;
    private final double multiplier;

    /** Close, EMA 20, ATR 10, multiplier 2. */
    public Keltner() {
        this(Source.CLOSE, 20, 10, 2.0);
    }

    /**
     * @param source     value averaged for the middle line
     * @param period     EMA period, >= 1
     * @param atrPeriod  ATR period, >= 1
     * @param multiplier ATR multiple, finite and >= 0
     */
    public Keltner(Source source, int period, int atrPeriod, double multiplier) {
        super(name(source, period, atrPeriod, multiplier), lookback(period, atrPeriod), "upper", "middle", "lower");
        this.source = source;
        this.period = period;
        this.atrPeriod = atrPeriod;
        this.multiplier = multiplier;
    }

    private static String name(Source source, int period, int atrPeriod, double multiplier) {
        Params.notNull("keltner", "source", source);
        Params.atLeast("keltner", "period", period, 1);
        Params.atLeast("keltner", "atrPeriod", atrPeriod, 1);
        Params.finiteAtLeast("keltner", "multiplier", multiplier, 0);
        return "keltner(" + source.label() + "," + period + "," + atrPeriod + "," + multiplier + ")";
    }

    /**
     * @param period    EMA period
     * @param atrPeriod ATR period
     * @return {@code max(period-1, atrPeriod)}
     */
    public static int lookback(int period, int atrPeriod) {
        return Math.max(period - 1, atrPeriod);
    }

    /**
     * Keltner channels from index 0; all outputs NaN for the first
     * {@code max(period-1, atrPeriod)} bars.
     *
     * @param price      values averaged for the middle line
     * @param high       highs, as long as {@code price}
     * @param low        lows, as long as {@code price}
     * @param close      closes, as long as {@code price}
     * @param period     EMA period, >= 1
     * @param atrPeriod  ATR period, >= 1
     * @param multiplier ATR multiple, finite and >= 0
     * @param upper      upper band, as long as {@code price}
     * @param middle     EMA, as long as {@code price}
     * @param lower      lower band, as long as {@code price}
     */
    public static void compute(double[] price, double[] high, double[] low, double[] close, int period,
                               int atrPeriod, double multiplier, double[] upper, double[] middle, double[] lower) {
        Params.atLeast("keltner", "period", period, 1);
        Params.atLeast("keltner", "atrPeriod", atrPeriod, 1);
        Params.finiteAtLeast("keltner", "multiplier", multiplier, 0);
        int n = price.length;
        Params.sameLength("keltner", "lower", lower.length, "price", n);
        // the ATR goes to upper first, then becomes the band
        Ema.compute(price, 0, period, EmaSeed.SMA, middle);
        Atr.compute(high, low, close, atrPeriod, upper);
        int lookback = Math.min(lookback(period, atrPeriod), n);
        for (int i = lookback; i < n; i++) {
            double m = middle[i];
            double band = multiplier * upper[i];
            upper[i] = m + band;
            lower[i] = m - band;
        }
        Arrays.fill(upper, 0, lookback, Double.NaN);
        Arrays.fill(middle, 0, lookback, Double.NaN);
        Arrays.fill(lower, 0, lookback, Double.NaN);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), bars.high(), bars.low(), bars.close(), period, atrPeriod, multiplier,
                out[0], out[1], out[2]);
    }

    @Override
    public IndicatorStream stream() {
        Ema.State ema = new Ema.State(period, EmaSeed.SMA);
        Atr.State atr = new Atr.State(atrPeriod);
        int lookback = lookback();
        return new BaseStream(3) {
            private int bars;

            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                double m = ema.update(source.of(open, high, low, close, volume));
                double band = multiplier * atr.update(high, low, close);
                if (bars++ >= lookback) {
                    values[0] = m + band;
                    values[1] = m;
                    values[2] = m - band;
                }
            }
        };
    }
}
