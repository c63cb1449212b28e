package dev.backtester.core.timeframe;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.BarSeriesBuilder;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Hand-built bars with local end times, for readable resampling tests. */
final class LocalBars {
    private final ZoneId zone;
    private final BarSeriesBuilder bars = new BarSeriesBuilder(16);

    LocalBars(ZoneId zone) {
        this.zone = zone;
    }

    /** A bar ending at local {@code end} (ISO, e.g. {@code 2006-01-02T09:05}). */
    LocalBars bar(String end, double open, double high, double low, double close, double volume) {
        bars.add(millis(end), open, high, low, close, volume);
        return this;
    }

    /** A flat bar at {@code price} with volume 1. */
    LocalBars bar(String end, double price) {
        return bar(end, price, price, price, price, 1);
    }

    BarSeries build() {
        return bars.build("T");
    }

    long millis(String localEnd) {
        return LocalDateTime.parse(localEnd).atZone(zone).toInstant().toEpochMilli();
    }
}
