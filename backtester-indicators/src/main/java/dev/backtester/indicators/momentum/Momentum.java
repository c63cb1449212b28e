package dev.backtester.indicators.momentum;

import dev.backtester.indicators.Source;

/**
 * Momentum: {@code x - x[t-period]}. TA-Lib: MOM. Lookback {@code period}. Output: {@code value}. A NaN input makes this and every later
 * output NaN.
 */
public final class Momentum extends ChangeOverPeriod {

    /** @param period number of bars back, >= 1; source is the close */
    public Momentum(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period number of bars back, >= 1
     */
    public Momentum(Source source, int period) {
        super("mom", false, source, period);
    }

    /**
     * @param period number of bars back
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * From index 0; the kernel alone has no memory (only bars whose inputs are NaN are NaN).
     *
     * @param in     input values
     * @param period number of bars back, >= 1
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        compute("mom", false, in, period, out);
    }
}
