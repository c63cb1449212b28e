package dev.backtester.indicators;

import java.util.Objects;

/**
 * Bar columns given to indicators: one array per field, all of the same length.
 *
 * <p>Times are UTC epoch milliseconds of the bar's END. The arrays are shared, not copied
 * (indicators run over millions of bars and a defensive copy would double the memory
 * traffic), so callers must not modify them while an indicator reads them. Record
 * equality is therefore array identity, not content equality.
 *
 * @param time   bar end times, UTC epoch milliseconds, increasing
 * @param open   opening prices
 * @param high   highest prices
 * @param low    lowest prices
 * @param close  closing prices
 * @param volume traded volumes
 */
public record Bars(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

    /**
     * Checks that no column is null and that all columns have the length of {@code time}.
     *
     * @param time   bar end times, UTC epoch milliseconds, increasing
     * @param open   opening prices
     * @param high   highest prices
     * @param low    lowest prices
     * @param close  closing prices
     * @param volume traded volumes
     * @throws NullPointerException     if a column is null (the message names it)
     * @throws IllegalArgumentException if a column's length differs from {@code time}'s
     */
    public Bars {
        Objects.requireNonNull(time, "bars: column time is null");
        requireColumn("open", open, time.length);
        requireColumn("high", high, time.length);
        requireColumn("low", low, time.length);
        requireColumn("close", close, time.length);
        requireColumn("volume", volume, time.length);
    }

    private static void requireColumn(String column, double[] values, int expected) {
        Objects.requireNonNull(values, () -> "bars: column " + column + " is null");
        if (values.length != expected) {
            throw new IllegalArgumentException("bars: column " + column + " has length " + values.length
                    + " but time has length " + expected);
        }
    }

    /** @return the number of bars */
    public int length() {
        return time.length;
    }

    /**
     * Bars made from closing prices only, for indicators that read one price column.
     * Times are {@code 0..n-1}, open = high = low = close (so every price source gives the
     * close) and volume is 0.
     *
     * @param close closing prices (shared, not copied)
     * @return bars whose every price column is {@code close}
     */
    public static Bars ofClose(double[] close) {
        Objects.requireNonNull(close, "bars: column close is null");
        long[] time = new long[close.length];
        for (int i = 0; i < time.length; i++) {
            time[i] = i;
        }
        return new Bars(time, close, close, close, close, new double[close.length]);
    }
}
