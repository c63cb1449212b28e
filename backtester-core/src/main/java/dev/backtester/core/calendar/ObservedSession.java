package dev.backtester.core.calendar;

import dev.backtester.api.data.BarSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Session hours read off intraday bars: the usual bar length, the usual first bar's start and the usual
 * last bar's end of a day. "Usual" is the most frequent value over all days (the earliest on a tie), so a
 * short day or a missing bar does not move the result.
 *
 * <p>This is an analysis helper run once on a data set, e.g. to check a calendar preset against the file
 * it is meant for; it is not meant for hot paths.
 *
 * @param zone      the zone the times are local to
 * @param open      the usual session open: the first bar's end minus the bar length
 * @param close     the usual session close: the last bar's end
 * @param barLength the most frequent spacing between consecutive bars of one day
 * @param days      the number of days with bars
 */
public record ObservedSession(ZoneId zone, LocalTime open, LocalTime close, Duration barLength, int days) {

    public ObservedSession {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(barLength, "barLength");
    }

    /**
     * Observes the session hours of {@code bars} in {@code zone}.
     *
     * @throws IllegalArgumentException if no day has two bars, so no bar length can be seen
     */
    public static ObservedSession observe(BarSeries bars, ZoneId zone) {
        Map<Long, Integer> spacings = new TreeMap<>();
        Map<LocalTime, Integer> firstEnds = new TreeMap<>();
        Map<LocalTime, Integer> lastEnds = new TreeMap<>();
        LocalDate day = null;
        LocalTime last = null;
        int days = 0;
        for (int i = 0; i < bars.size(); i++) {
            LocalDateTime end = LocalDateTime.ofInstant(Instant.ofEpochMilli(bars.time(i)), zone);
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(bars.time(i) - 1), zone);
            if (!date.equals(day)) {
                if (last != null) {
                    lastEnds.merge(last, 1, Integer::sum);
                }
                firstEnds.merge(end.toLocalTime(), 1, Integer::sum);
                day = date;
                days++;
            } else {
                spacings.merge(bars.time(i) - bars.time(i - 1), 1, Integer::sum);
            }
            last = end.toLocalTime();
        }
        if (last != null) {
            lastEnds.merge(last, 1, Integer::sum);
        }
        if (spacings.isEmpty()) {
            throw new IllegalArgumentException("cannot observe session hours of " + bars.symbol()
                    + ": no day has two bars, so the bar length is unknown");
        }
        Duration barLength = Duration.ofMillis(mostFrequent(spacings));
        return new ObservedSession(zone, mostFrequent(firstEnds).minus(barLength), mostFrequent(lastEnds), barLength,
                days);
    }

    /** A Monday-to-Friday calendar with the observed hours. */
    public SessionCalendar toCalendar(String name) {
        return SessionCalendar.weekdays(name, zone, open, close);
    }

    private static <K> K mostFrequent(Map<K, Integer> counts) {
        K best = null;
        int bestCount = 0;
        for (Map.Entry<K, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
