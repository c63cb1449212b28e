package dev.backtester.indicators;

import java.util.Arrays;

/**
 * Convenience base for {@link IndicatorStream} implementations: holds the current output values
 * (NaN until set) and checks the index given to {@link #value(int)}.
 */
public abstract class BaseStream implements IndicatorStream {

    /** Current output values, one per output, NaN during warm-up. */
    protected final double[] values;

    /** @param outputs number of outputs */
    protected BaseStream(int outputs) {
        values = new double[outputs];
        Arrays.fill(values, Double.NaN);
    }

    @Override
    public final double value(int output) {
        return values[Params.output(output, values.length)];
    }
}
