package dev.backtester.indicators;

import java.util.List;

/**
 * A configured technical indicator.
 *
 * <p>Parameters are validated in the implementing class's constructor; instances are
 * immutable and thread-safe. Values are defined as if computed from bar 0 of the series
 * given (TA-Lib's convention), so the value at bar {@code t} depends on bars {@code 0..t}
 * only: never on later bars.
 */
public interface Indicator {

    /**
     * Canonical name with all parameters, e.g. {@code "sma(close,20)"},
     * {@code "bbands(close,20,2.0,2.0)"}, {@code "macd(close,12,26,9)"}. Two indicators with
     * equal names compute equal values.
     *
     * @return the canonical name
     */
    String name();

    /**
     * Names of the outputs, in the order of the arrays given to {@link #compute(Bars, double[][])}
     * and of {@link IndicatorStream#value(int)}, e.g. {@code ["value"]}.
     *
     * @return unmodifiable list of output names
     */
    List<String> outputs();

    /**
     * Number of leading NaN outputs when computed from bar 0 (TA-Lib's lookback). Every output
     * of one indicator shares this lookback.
     *
     * @return the warm-up length in bars
     */
    int lookback();

    /**
     * Computes all outputs for all bars. Reads {@code bars} and never writes to its arrays, so callers
     * may share them between indicators.
     *
     * @param bars the input bars
     * @param out  one array per output, each as long as {@code bars}; filled with NaN during
     *             warm-up
     * @throws IllegalArgumentException if {@code out} has the wrong number of arrays or an array
     *                                  has the wrong length
     */
    void compute(Bars bars, double[][] out);

    /**
     * Allocates the output arrays and computes all outputs.
     *
     * @param bars the input bars
     * @return one array per output, each as long as {@code bars}
     */
    default double[][] compute(Bars bars) {
        double[][] out = new double[outputs().size()][bars.length()];
        compute(bars, out);
        return out;
    }

    /**
     * A fresh streaming state: O(1) memory in the series length and no allocation per update.
     *
     * @return a new stream positioned before the first bar
     */
    IndicatorStream stream();
}
