package dev.backtester.indicators;

/**
 * Incremental form of an {@link Indicator}: feed bars one at a time, read the outputs after
 * each update. After {@code t+1} updates, {@code value(k)} equals the batch output {@code k}
 * at bar {@code t} (bit for bit). Not thread-safe: one stream per consumer.
 */
public interface IndicatorStream {

    /**
     * Feeds the next bar.
     *
     * @param time   bar end time, UTC epoch milliseconds
     * @param open   opening price
     * @param high   highest price
     * @param low    lowest price
     * @param close  closing price
     * @param volume traded volume
     */
    void update(long time, double open, double high, double low, double close, double volume);

    /**
     * The current value of one output.
     *
     * @param output index into {@link Indicator#outputs()}
     * @return the value at the last bar fed, NaN during warm-up or before any update
     * @throws IndexOutOfBoundsException if {@code output} is not a valid output index
     */
    double value(int output);
}
