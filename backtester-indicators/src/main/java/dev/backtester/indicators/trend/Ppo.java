package dev.backtester.indicators.trend;

import dev.backtester.indicators.Source;

/**
 * Percentage price oscillator: {@code (fastMA - slowMA) / slowMA * 100} (0 when the slow average is 0, as
 * in TA-Lib). TA-Lib: PPO. Lookback {@code slowPeriod-1}. Output: {@code value}.
 *
 * <p>The default moving average is TA-Lib's default, the SMA; StockCharts and most charting
 * tools use EMAs ({@link MaType#EMA}). With EMAs each average is
 * seeded with the SMA of its own first bars, as TA-Lib does for APO and PPO (unlike its MACD,
 * see {@link Macd}), so PPO with EMAs differs from one computed from the MACD line during the first bars. A NaN input makes this and
 * every later output NaN.
 */
public final class Ppo extends PriceOscillator {

    /** Close, 12 and 26 bars, SMA (TA-Lib's defaults). */
    public Ppo() {
        this(Source.CLOSE, 12, 26, MaType.SMA);
    }

    /**
     * @param source     value read from each bar
     * @param fastPeriod fast average period, >= 1
     * @param slowPeriod slow average period, > fastPeriod
     * @param maType     kind of both averages
     */
    public Ppo(Source source, int fastPeriod, int slowPeriod, MaType maType) {
        super("ppo", true, source, fastPeriod, slowPeriod, maType);
    }

    /**
     * @param slowPeriod slow average period
     * @return {@code slowPeriod-1}
     */
    public static int lookback(int slowPeriod) {
        return slowPeriod - 1;
    }

    /**
     * Ppo of {@code in} from index 0.
     *
     * @param in         input values
     * @param fastPeriod fast average period, >= 1
     * @param slowPeriod slow average period, > fastPeriod
     * @param maType     kind of both averages
     * @param out        output, as long as {@code in}
     */
    public static void compute(double[] in, int fastPeriod, int slowPeriod, MaType maType, double[] out) {
        compute("ppo", true, in, fastPeriod, slowPeriod, maType, out);
    }
}
