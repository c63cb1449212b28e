package dev.backtester.core.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * Turns the date (and time) text of one row into a bar-end time in UTC epoch milliseconds, as a
 * {@link TimestampFormat} describes.
 *
 * <p>Parsing is strict: {@code 2006-02-30} is an error, not the 28th. ISO dates ({@code yyyy-MM-dd}) and
 * times ({@code HH:mm:ss}, {@code HH:mm}) are read by hand because a formatter costs about a microsecond a
 * line; a repeated date (intraday files) is parsed once. Not thread-safe (it caches the last date); one
 * instance per parse.
 *
 * <p>Local times in a daylight-saving gap do not exist and are errors. Local times in an overlap (the hour
 * that happens twice) take the earlier offset unless that would not be after the previous bar, in which
 * case they take the later one, so an intraday file running through the autumn change stays increasing.
 */
final class TimestampParser {

    /** Which column a timestamp problem is in. */
    enum Part { DATE, TIME }

    /** A date or time that could not be turned into an instant. */
    static final class TimestampException extends Exception {
        private final Part part;

        TimestampException(Part part, String message) {
            super(message, null, false, false);
            this.part = part;
        }

        /** The column the problem is in. */
        Part part() {
            return part;
        }
    }

    private static final String ISO_DATE = "yyyy-MM-dd";

    private final TimestampFormat format;
    private final ZoneRules rules;
    private final DateTimeFormatter dateFormatter;
    private final DateTimeFormatter timeFormatter;
    private final boolean isoDate;
    private String lastDateText;
    private TemporalAccessor lastDate;

    TimestampParser(TimestampFormat format) {
        this.format = format;
        this.rules = format.zone().getRules();
        String datePattern = format.datePattern();
        this.isoDate = ISO_DATE.equals(datePattern) || "uuuu-MM-dd".equals(datePattern);
        this.dateFormatter = datePattern == null ? null : strictFormatter(datePattern, true);
        this.timeFormatter = format.timePattern() == null ? null : strictFormatter(format.timePattern(), false);
    }

    /**
     * The bar-end time of a row.
     *
     * @param dateText     the date column's text (a date, a date-time, or an epoch count)
     * @param timeText     the time column's text, or null when the format has no time column
     * @param previousTime the previous bar's time, used only to place a local time in a DST overlap
     * @throws TimestampException naming the column that is wrong
     */
    long parse(String dateText, String timeText, long previousTime) throws TimestampException {
        return switch (format.encoding()) {
            case EPOCH_SECONDS -> epoch(dateText, 1000, "epoch seconds");
            case EPOCH_MILLIS -> epoch(dateText, 1, "epoch milliseconds");
            case TEXT -> timeText == null ? fromDateColumn(dateText, previousTime)
                    : fromDateAndTime(dateText, timeText, previousTime);
        };
    }

    private long fromDateColumn(String dateText, long previousTime) throws TimestampException {
        TemporalAccessor parsed = parseDate(dateText);
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            // the text carries its own offset, which beats the configured zone
            return parsed.getLong(ChronoField.INSTANT_SECONDS) * 1000 + parsed.get(ChronoField.MILLI_OF_SECOND);
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        LocalTime time = parsed.query(TemporalQueries.localTime());
        if (time != null) {
            return resolve(date.atTime(time), previousTime, Part.DATE);
        }
        if (format.endOfDay() == null) {
            // atStartOfDay(zone) also copes with zones whose DST change skips midnight
            return date.plusDays(1).atStartOfDay(format.zone()).toInstant().toEpochMilli();
        }
        return resolve(date.atTime(format.endOfDay()), previousTime, Part.DATE);
    }

    private long fromDateAndTime(String dateText, String timeText, long previousTime) throws TimestampException {
        LocalDate date = parseDate(dateText).query(TemporalQueries.localDate());
        LocalTime time = parseTime(timeText);
        return resolve(date.atTime(time), previousTime, Part.TIME);
    }

    private TemporalAccessor parseDate(String text) throws TimestampException {
        if (text.equals(lastDateText)) {
            return lastDate;
        }
        TemporalAccessor parsed;
        try {
            parsed = isoDate ? parseIsoDate(text) : dateFormatter.parse(text);
        } catch (DateTimeException e) {
            throw new TimestampException(Part.DATE, "not a date matching '" + format.datePattern() + "'");
        }
        if (parsed.query(TemporalQueries.localDate()) == null) {
            throw new TimestampException(Part.DATE, "pattern '" + format.datePattern() + "' gives no full date");
        }
        lastDateText = text;
        lastDate = parsed;
        return parsed;
    }

    private LocalTime parseTime(String text) throws TimestampException {
        try {
            LocalTime fast = parseIsoTime(text, format.timePattern());
            return fast != null ? fast : timeFormatter.parse(text, LocalTime::from);
        } catch (DateTimeException e) {
            throw new TimestampException(Part.TIME, "not a time matching '" + format.timePattern() + "'");
        }
    }

    private long resolve(LocalDateTime local, long previousTime, Part part) throws TimestampException {
        if (rules.isFixedOffset()) {
            return toEpochMillis(local, rules.getOffset(local));
        }
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return toEpochMillis(local, rules.getOffset(local));
        }
        if (transition.isGap()) {
            throw new TimestampException(part, "local time " + local + " does not exist in " + format.zone()
                    + " (daylight-saving gap)");
        }
        long earlier = toEpochMillis(local, transition.getOffsetBefore());
        return earlier > previousTime ? earlier : toEpochMillis(local, transition.getOffsetAfter());
    }

    private static long epoch(String text, long millisPerUnit, String what) throws TimestampException {
        try {
            return Math.multiplyExact(Long.parseLong(text), millisPerUnit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TimestampException(Part.DATE, "not whole " + what);
        }
    }

    private static long toEpochMillis(LocalDateTime local, ZoneOffset offset) {
        return local.toEpochSecond(offset) * 1000 + local.getNano() / 1_000_000;
    }

    /** {@code yyyy-MM-dd} by hand; {@link LocalDate#of} rejects impossible dates. */
    private static LocalDate parseIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new DateTimeException("not yyyy-MM-dd");
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** {@code HH:mm:ss} or {@code HH:mm} by hand, or null when the pattern is something else. */
    private static LocalTime parseIsoTime(String text, String pattern) {
        boolean seconds = "HH:mm:ss".equals(pattern);
        if (!seconds && !"HH:mm".equals(pattern)) {
            return null;
        }
        if (text.length() != (seconds ? 8 : 5) || text.charAt(2) != ':' || (seconds && text.charAt(5) != ':')) {
            throw new DateTimeException("not " + pattern);
        }
        return LocalTime.of(digits(text, 0, 2), digits(text, 3, 5), seconds ? digits(text, 6, 8) : 0);
    }

    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit: " + c);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static DateTimeFormatter strictFormatter(String pattern, boolean hasDate) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern(pattern);
        if (hasDate) {
            // with STRICT, 'yyyy' (year of era) resolves only when an era is known: assume the current one
            builder.parseDefaulting(ChronoField.ERA, 1);
        }
        // STRICT rejects 2006-02-30 instead of clamping it to the 28th
        return builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
