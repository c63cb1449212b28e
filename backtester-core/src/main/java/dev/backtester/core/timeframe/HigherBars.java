package dev.backtester.core.timeframe;

import dev.backtester.api.Series;
import java.util.List;

/**
 * Handle of the last COMPLETED higher-timeframe bar, as seen from each primary bar. Every value is NaN
 * until the first higher bar completes.
 *
 * @param open   its open
 * @param high   its high
 * @param low    its low
 * @param close  its close
 * @param volume its summed volume
 * @param time   its end time, UTC epoch milliseconds (exact as a double up to the year 287,000)
 */
public record HigherBars(Series open, Series high, Series low, Series close, Series volume, Series time) {

    /** Output names, in the order of the handle's components. */
    static final List<String> OUTPUTS = List.of("open", "high", "low", "close", "volume", "time");

    static HigherBars of(List<Series> outputs) {
        return new HigherBars(outputs.get(0), outputs.get(1), outputs.get(2), outputs.get(3), outputs.get(4),
                outputs.get(5));
    }
}
