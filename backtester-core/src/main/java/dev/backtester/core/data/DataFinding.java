package dev.backtester.core.data;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One thing {@link SeriesValidator} found in a series, with what it did about it.
 *
 * @param symbol     the series' symbol
 * @param bar        index of the bar in the input columns; for a gap, the bar after it
 * @param time       end time of that bar, UTC epoch milliseconds
 * @param kind       what kind of finding
 * @param values     the bar's values as {@code open=.. high=.. low=.. close=.. volume=..}
 * @param message    what is wrong, e.g. {@code high: below low 3.5} or {@code 3 bars missing ...}
 * @param resolution what the validator did
 */
public record DataFinding(String symbol, int bar, long time, Kind kind, String values, String message,
                          Resolution resolution) {

    /** The kinds of finding. */
    public enum Kind {
        /** A value breaks a bar rule: not finite, price not positive, negative volume, high below low, open or close outside the range. */
        INVALID_BAR,
        /** The bar has the same time as the bar before it. */
        DUPLICATE_TIME,
        /** The bar's time is before the bar before it. */
        TIME_NOT_INCREASING,
        /** The bar ends outside every session of the calendar. */
        OUTSIDE_SESSION,
        /** Bars the calendar expects are missing before this bar. */
        GAP,
        /** The close-to-close return into this bar is beyond the limit. */
        OUTLIER_RETURN
    }

    /** What the validator did about a finding. */
    public enum Resolution {
        /** The finding fails the series (policy FAIL). */
        FAILED,
        /** The bar was left out. */
        DROPPED,
        /** The bar (or, for a gap, the missing bars) was replaced by a flat bar at the previous close, volume 0. */
        FILLED,
        /** Reported only; the data is unchanged. */
        KEPT
    }

    public DataFinding {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** One line, with the time in {@code zone}: {@code ES bar 17 at 2006-01-02T10:05+01:00[Europe/Berlin]: GAP ...}. */
    public String describe(ZoneId zone) {
        return symbol + " bar " + bar + " at " + Instant.ofEpochMilli(time).atZone(zone) + ": " + kind + ": " + message
                + " [" + values + "] -> " + resolution;
    }

    @Override
    public String toString() {
        return describe(ZoneOffset.UTC);
    }
}
