package dev.backtester.timescale.prices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A half-open range of bar-end times, {@code [from, to)}.
 *
 * @param from first bar-end time included
 * @param to   first bar-end time excluded
 */
public record TimeRange(Instant from, Instant to) {
    /** Every time PostgreSQL's {@code timestamptz} can hold, and then some. */
    public static final TimeRange ALL = new TimeRange(Instant.parse("-4712-01-01T00:00:00Z"),
            Instant.parse("+294276-12-31T00:00:00Z"));

    /** @throws IllegalArgumentException if {@code to} is not after {@code from} */
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("time range end " + to + " must be after its start " + from);
        }
    }

    /** Whole UTC days {@code first} to {@code last}, both included. */
    public static TimeRange utcDays(LocalDate first, LocalDate last) {
        return new TimeRange(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** True when {@code time} lies in the range. */
    public boolean contains(Instant time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
