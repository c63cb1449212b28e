package dev.backtester.core.config;

import dev.backtester.api.data.BarSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Keeps the bars whose trading date lies between a start and an end date, inclusive. */
final class DateSlice {
    private DateSlice() {
    }

    /**
     * The bars of {@code series} dated {@code start}..{@code end} in {@code zone}; absent bounds
     * do not cut. The date of a bar is the local date of the last millisecond it covers: bar times
     * are bar ENDS, and a daily bar that ends at the next midnight belongs to the day before.
     */
    static BarSeries slice(BarSeries series, Optional<LocalDate> start, Optional<LocalDate> end, ZoneId zone) {
        int from = 0;
        int to = series.size();
        while (from < to && start.isPresent() && dateOf(series.time(from), zone).isBefore(start.get())) {
            from++;
        }
        while (to > from && end.isPresent() && dateOf(series.time(to - 1), zone).isAfter(end.get())) {
            to--;
        }
        return from == 0 && to == series.size() ? series : series.slice(from, to);
    }

    static LocalDate dateOf(long barEndMillis, ZoneId zone) {
        return Instant.ofEpochMilli(barEndMillis - 1).atZone(zone).toLocalDate();
    }
}
