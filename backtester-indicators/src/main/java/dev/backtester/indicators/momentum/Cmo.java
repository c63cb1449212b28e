package dev.backtester.indicators.momentum;

import dev.backtester.indicators.AbstractIndicator;
import dev.backtester.indicators.BaseStream;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.IndicatorStream;
import dev.backtester.indicators.Params;
import dev.backtester.indicators.Source;

/**
 * Chande momentum oscillator, {@code 100 * (gain - loss) / (gain + loss)} in [-100, 100].
 * TA-Lib: CMO. Lookback {@code period}. Output: {@code value}.
 *
 * <p>Chande (1994) defines it on plain sums of the gains and losses over the window; TA-Lib
 * (checked for the 0.4.0 Java port, and the same in its current C version) uses Wilder-smoothed
 * averages as in RSI, which makes it exactly {@code 2*RSI - 100}. This class follows TA-Lib. 0 for
 * a flat window. A NaN input makes this and every later output NaN.
 */
public final class Cmo extends AbstractIndicator {

    private final Source source;
    private final int period;

    /** @param period smoothing period, >= 2; source is the close */
    public Cmo(int period) {
        this(Source.CLOSE, period);
    }

    /**
     * @param source value read from each bar
     * @param period smoothing period, >= 2
     */
    public Cmo(Source source, int period) {
        super(name(source, period), lookback(period), "value");
        this.source = source;
        this.period = period;
    }

    private static String name(Source source, int period) {
        Params.notNull("cmo", "source", source);
        Params.atLeast("cmo", "period", period, 2);
        return "cmo(" + source.label() + "," + period + ")";
    }

    /**
     * @param period smoothing period
     * @return {@code period}
     */
    public static int lookback(int period) {
        return period;
    }

    /**
     * CMO of {@code in} from index 0.
     *
     * @param in     input values
     * @param period smoothing period, >= 2
     * @param out    output, as long as {@code in}
     */
    public static void compute(double[] in, int period, double[] out) {
        Rsi.compute(in, period, true, out);
    }

    @Override
    protected void computeChecked(Bars bars, double[][] out) {
        compute(source.values(bars), period, out[0]);
    }

    @Override
    public IndicatorStream stream() {
        Rsi.State state = new Rsi.State(period, true);
        return new BaseStream(1) {
            @Override
            public void update(long time, double open, double high, double low, double close, double volume) {
                values[0] = state.update(source.of(open, high, low, close, volume));
            }
        };
    }
}
