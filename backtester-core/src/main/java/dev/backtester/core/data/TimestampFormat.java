package dev.backtester.core.data;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How the date (and time) columns of a CSV file encode a bar's end time.
 *
 * @param encoding    text parsed with patterns, or an epoch count
 * @param datePattern {@link DateTimeFormatter} pattern of the date column for {@link Encoding#TEXT}; it may
 *                    include a time of day ({@code yyyy-MM-dd HH:mm:ss}) and an offset ({@code XXX}); null
 *                    for epoch encodings
 * @param timePattern pattern of the separate time column ({@code HH:mm:ss}); null when there is none
 * @param zone        the zone local dates and times are in; ignored for epoch counts and for text that
 *                    carries its own offset
 * @param endOfDay    the local time a date-only bar ends at (16:00 for a New York close); null means the end
 *                    of the calendar day, i.e. the next midnight
 */
public record TimestampFormat(Encoding encoding, String datePattern, String timePattern, ZoneId zone,
                              LocalTime endOfDay) {

    /** How the date column is written. */
    public enum Encoding {
        /** Text matching {@code datePattern} (and {@code timePattern} for a separate time column). */
        TEXT,
        /** Whole seconds since 1970-01-01T00:00Z. */
        EPOCH_SECONDS,
        /** Whole milliseconds since 1970-01-01T00:00Z. */
        EPOCH_MILLIS
    }

    /**
     * @throws IllegalArgumentException if a pattern is invalid, text lacks a date pattern, or an epoch
     *                                  encoding has patterns
     */
    public TimestampFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(zone, "zone");
        if (encoding == Encoding.TEXT) {
            requireValidPattern(Objects.requireNonNull(datePattern, "datePattern of a TEXT timestamp"));
            if (timePattern != null) {
                requireValidPattern(timePattern);
            }
        } else if (datePattern != null || timePattern != null) {
            throw new IllegalArgumentException(encoding + " timestamps take no date or time pattern");
        }
    }

    /** ISO dates ({@code yyyy-MM-dd}) in UTC, a date-only bar ending at the next midnight. */
    public static TimestampFormat isoDate() {
        return new TimestampFormat(Encoding.TEXT, "yyyy-MM-dd", null, ZoneOffset.UTC, null);
    }

    /** Epoch seconds; the zone is irrelevant and kept as UTC. */
    public static TimestampFormat epochSeconds() {
        return new TimestampFormat(Encoding.EPOCH_SECONDS, null, null, ZoneOffset.UTC, null);
    }

    /** Epoch milliseconds; the zone is irrelevant and kept as UTC. */
    public static TimestampFormat epochMillis() {
        return new TimestampFormat(Encoding.EPOCH_MILLIS, null, null, ZoneOffset.UTC, null);
    }

    /** This format with date column text parsed by {@code pattern}. */
    public TimestampFormat withDatePattern(String pattern) {
        return new TimestampFormat(Encoding.TEXT, pattern, timePattern, zone, endOfDay);
    }

    /** This format with a separate time column parsed by {@code pattern}, or none when it is null. */
    public TimestampFormat withTimePattern(String pattern) {
        return new TimestampFormat(encoding, datePattern, pattern, zone, endOfDay);
    }

    /** This format with local dates and times in {@code zone}. */
    public TimestampFormat withZone(ZoneId zone) {
        return new TimestampFormat(encoding, datePattern, timePattern, zone, endOfDay);
    }

    /** This format with date-only bars ending at {@code endOfDay}, or at the next midnight when it is null. */
    public TimestampFormat withEndOfDay(LocalTime endOfDay) {
        return new TimestampFormat(encoding, datePattern, timePattern, zone, endOfDay);
    }

    private static void requireValidPattern(String pattern) {
        // fail when the format is built, not on the first line of some file much later
        DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }
}
