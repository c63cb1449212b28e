package dev.backtester.indicators;

import java.util.Locale;

/** The price (or volume) an indicator reads from each bar. */
public enum Source {
    /** Opening price. */
    OPEN,
    /** Highest price. */
    HIGH,
    /** Lowest price. */
    LOW,
    /** Closing price. */
    CLOSE,
    /** Traded volume. */
    VOLUME,
    /** (high + low) / 2, TA-Lib's MEDPRICE. */
    MEDIAN,
    /** (high + low + close) / 3, TA-Lib's TYPPRICE. */
    TYPICAL,
    /** (high + low + 2 close) / 4, TA-Lib's WCLPRICE. */
    WEIGHTED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** @return the lower-case name used in indicator names, e.g. {@code "close"} */
    public String label() {
        return label;
    }

    /**
     * The source value of one bar. Batch ({@link #column}) and streaming use this same
     * arithmetic so that both give bit-identical results.
     *
     * @param open   opening price
     * @param high   highest price
     * @param low    lowest price
     * @param close  closing price
     * @param volume traded volume
     * @return the value of this source
     */
    public double of(double open, double high, double low, double close, double volume) {
        switch (this) {
            case OPEN:
                return open;
            case HIGH:
                return high;
            case LOW:
                return low;
            case CLOSE:
                return close;
            case VOLUME:
                return volume;
            case MEDIAN:
                return (high + low) / 2.0;
            case TYPICAL:
                return (high + low + close) / 3.0;
            default:
                return (high + low + close * 2.0) / 4.0;
        }
    }

    /**
     * Writes this source's value of every bar into {@code out}.
     *
     * @param bars input bars
     * @param out  destination, as long as {@code bars}
     * @throws IllegalArgumentException if the lengths differ
     */
    public void column(Bars bars, double[] out) {
        Params.sameLength("source", "out", out.length, "bars", bars.length());
        double[] o = bars.open();
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        double[] v = bars.volume();
        for (int i = 0; i < out.length; i++) {
            out[i] = of(o[i], h[i], l[i], c[i], v[i]);
        }
    }

    /**
     * This source's values as an array: the bar column itself for the raw sources (no copy;
     * do not modify it), a new array for the derived ones.
     *
     * @param bars input bars
     * @return the values, as long as {@code bars}
     */
    public double[] values(Bars bars) {
        switch (this) {
            case OPEN:
                return bars.open();
            case HIGH:
                return bars.high();
            case LOW:
                return bars.low();
            case CLOSE:
                return bars.close();
            case VOLUME:
                return bars.volume();
            default:
                double[] out = new double[bars.length()];
                column(bars, out);
                return out;
        }
    }
}
