package dev.backtester.indicators.momentum;

import dev.backtester.indicators.Source;

/**
 * Rate of change in percent: {@code (x / x[t-period] - 1) * 100}, 0 when the past value is 0
 * (TA-Lib's convention). TA-Lib: ROC. Lookback {@code period}. Output: {@code value}. A NaN
 * input makes this and every later output NaN.
 */
public final class Roc extends ChangeOverPeriod {

    /** @param period number of bars back, >= 1; source is the close */
    public Roc(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period number of bars back, >= 1
     */
    public Roc(Source source, int period) {
        super("roc", true, source, period);
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
        compute("roc", true, in, period, out);
    }
}
