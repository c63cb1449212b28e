package dev.backtester.core.config;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;

/** One side of a comparison in a condition: a column (price field or indicator output) or a constant. */
public sealed interface Operand {

    /** The operand's value {@code barsAgo} bars before the window's current bar. */
    double value(DataWindow window, int barsAgo);

    /**
     * A column read through the window.
     *
     * @param series the handle
     */
    record Column(Series series) implements Operand {
        @Override
        public double value(DataWindow window, int barsAgo) {
            return window.value(series, barsAgo);
        }
    }

    /**
     * A fixed number.
     *
     * @param number the value at every bar
     */
    record Constant(double number) implements Operand {
        @Override
        public double value(DataWindow window, int barsAgo) {
            return number;
        }
    }
}
