package dev.backtester.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.time.ZoneId;

/**
 * A market that never closes: every calendar day is one session from local midnight to the next local
 * midnight. Used when no exchange calendar is given; a higher-timeframe bar then completes at its period
 * boundary (for a daily bar, midnight in {@code zone}), which a series only reaches when a bar of the next
 * period appears.
 *
 * @param zone the zone whose midnights separate the days
 */
public record ContinuousCalendar(ZoneId zone) implements TradingCalendar {

    public ContinuousCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String id() {
        return "24h[" + zone.getId() + "]";
    }

    @Override
    public Session session(LocalDate date) {
        return new Session(date, date.atStartOfDay(zone).toInstant().toEpochMilli(),
                date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    @Override
    public String toString() {
        return id();
    }
}
