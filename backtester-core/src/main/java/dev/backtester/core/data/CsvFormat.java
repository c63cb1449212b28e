package dev.backtester.core.data;

import dev.backtester.api.data.PriceField;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The layout of a bar CSV file: header row, delimiter, which columns hold what, and how times are written.
 * Immutable; every {@code with...} method returns a changed copy.
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link #yahoo()}: Yahoo-style daily files ({@code Date,Open,High,Low,Close,Adj Close,Volume}),
 *       New York dates, bars ending at the 16:00 close.</li>
 *   <li>{@link #generic()}: columns {@code Date,Open,High,Low,Close,Volume} found by header name, ISO dates in
 *       UTC, bars ending at the next midnight; the starting point for custom layouts.</li>
 *   <li>{@link #dateTimeColumns()}: intraday files with separate {@code Date} ({@code yyyy-MM-dd}) and
 *       {@code Time} ({@code HH:mm:ss}, the bar END time) columns, found by header name, in UTC.</li>
 * </ul>
 *
 * <p>Fields are separated by a single delimiter character and trimmed of blanks; quoting is not supported,
 * so a quoted number is reported as unparseable rather than guessed at.
 *
 * @param header    how the first non-blank line is treated
 * @param delimiter the field separator
 * @param columns   which columns hold the date, time and bar values
 * @param timestamp how the date and time columns are written
 */
public record CsvFormat(Header header, char delimiter, CsvColumns columns, TimestampFormat timestamp) {

    /** How the first non-blank line of a file is treated. */
    public enum Header {
        /** There is no header; every non-blank line is a data row and columns are by index. */
        NONE,
        /**
         * The first non-blank line is a header: named columns are looked up in it and every data row must
         * have as many fields as it.
         */
        BY_NAME,
        /**
         * The first non-blank line is a header that is skipped unread; columns are by index and every data
         * row must have as many fields as the first data row. For files whose header is wrong.
         */
        SKIP
    }

    /**
     * @throws IllegalArgumentException if columns are named but the header is not read, the delimiter is a
     *                                  character that can occur in values, or the time column and time
     *                                  pattern do not come together
     */
    public CsvFormat {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(timestamp, "timestamp");
        if (columns.usesNames() && header != Header.BY_NAME) {
            throw new IllegalArgumentException("columns found by name need header " + Header.BY_NAME + ", not " + header);
        }
        if (delimiter == '\n' || delimiter == '\r' || delimiter == '"' || delimiter == '.' || delimiter == '-'
                || delimiter == ':' || delimiter == '+' || Character.isLetterOrDigit(delimiter)) {
            throw new IllegalArgumentException("delimiter '" + delimiter + "' can occur inside values");
        }
        if (columns.hasTime() != (timestamp.timePattern() != null)) {
            throw new IllegalArgumentException("a time column needs a time pattern and a time pattern needs a"
                    + " time column: column " + columns.time() + ", pattern " + timestamp.timePattern());
        }
    }

    /**
     * Yahoo-style daily files: header {@code Date,Open,High,Low,Close,Adj Close,Volume} read by name
     * ({@code Adj Close}, when there, becomes the series' adjusted-close column), dates {@code yyyy-MM-dd} in America/New_York, each bar ending at the
     * 16:00 close.
     */
    public static CsvFormat yahoo() {
        return new CsvFormat(Header.BY_NAME, ',', CsvColumns.standardNames(),
                TimestampFormat.isoDate().withZone(ZoneId.of("America/New_York")).withEndOfDay(LocalTime.of(16, 0)));
    }

    /**
     * Header with {@code Date,Open,High,Low,Close,Volume} read by name (other columns ignored), dates
     * {@code yyyy-MM-dd} in UTC, each bar ending at the next midnight, comma-separated.
     */
    public static CsvFormat generic() {
        return new CsvFormat(Header.BY_NAME, ',', CsvColumns.standardNames(), TimestampFormat.isoDate());
    }

    /**
     * Intraday files with header {@code Date,Time,Open,High,Low,Close,Volume} read by name, dates
     * {@code yyyy-MM-dd} and bar-end times {@code HH:mm:ss} in UTC; set the exchange zone with
     * {@link #withZone(ZoneId)}. For a file whose header does not match its rows, add {@link #byPosition()}.
     */
    public static CsvFormat dateTimeColumns() {
        return generic().withTimeColumn(ColumnRef.named("Time"), "HH:mm:ss");
    }

    /** This format with {@code header}. */
    public CsvFormat withHeader(Header header) {
        return new CsvFormat(header, delimiter, columns, timestamp);
    }

    /** This format with fields separated by {@code delimiter}. */
    public CsvFormat withDelimiter(char delimiter) {
        return new CsvFormat(header, delimiter, columns, timestamp);
    }

    /** This format with a whole new column mapping. */
    public CsvFormat withColumns(CsvColumns columns) {
        return new CsvFormat(header, delimiter, columns, timestamp);
    }

    /** This format with a whole new timestamp format. */
    public CsvFormat withTimestamp(TimestampFormat timestamp) {
        return new CsvFormat(header, delimiter, columns, timestamp);
    }

    /** This format with {@code field} read from {@code column}. */
    public CsvFormat withColumn(PriceField field, ColumnRef column) {
        return withColumns(columns.with(field, column));
    }

    /** This format without a volume column: every bar's volume is 0. */
    public CsvFormat withoutVolume() {
        return withColumns(columns.withoutVolume());
    }

    /** This format with dates (or date-times) read from {@code column} using {@code pattern}. */
    public CsvFormat withDateColumn(ColumnRef column, String pattern) {
        return new CsvFormat(header, delimiter, columns.withDate(column), timestamp.withDatePattern(pattern));
    }

    /** This format with a separate time-of-day column read using {@code pattern}, e.g. {@code HH:mm:ss}. */
    public CsvFormat withTimeColumn(ColumnRef column, String pattern) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(pattern, "pattern");
        return new CsvFormat(header, delimiter, columns.withTime(column), timestamp.withTimePattern(pattern));
    }

    /** This format without a separate time column: the date column alone gives the time. */
    public CsvFormat withoutTimeColumn() {
        return new CsvFormat(header, delimiter, columns.withTime(null), timestamp.withTimePattern(null));
    }

    /** This format with a single column holding whole epoch seconds; any time column is dropped. */
    public CsvFormat withEpochSeconds(ColumnRef column) {
        return new CsvFormat(header, delimiter, columns.withDate(column).withTime(null), TimestampFormat.epochSeconds());
    }

    /** This format with a single column holding whole epoch milliseconds; any time column is dropped. */
    public CsvFormat withEpochMillis(ColumnRef column) {
        return new CsvFormat(header, delimiter, columns.withDate(column).withTime(null), TimestampFormat.epochMillis());
    }

    /** This format with local dates and times in {@code zone}. */
    public CsvFormat withZone(ZoneId zone) {
        return withTimestamp(timestamp.withZone(zone));
    }

    /** This format with date-only bars ending at local time {@code endOfDay}. */
    public CsvFormat withEndOfDay(LocalTime endOfDay) {
        return withTimestamp(timestamp.withEndOfDay(Objects.requireNonNull(endOfDay, "endOfDay")));
    }

    /** This format with date-only bars ending at the next midnight, the end of the calendar day. */
    public CsvFormat withEndOfDayAtMidnight() {
        return withTimestamp(timestamp.withEndOfDay(null));
    }

    /**
     * This format with columns by position, {@code Date[,Time],Open,High,Low,Close[,Volume]} from index 0
     * (see {@link CsvColumns#byPosition()}). A header read by name becomes {@link Header#SKIP}: with no
     * named column left it could only mislead.
     */
    public CsvFormat byPosition() {
        Header positionalHeader = header == Header.BY_NAME ? Header.SKIP : header;
        return new CsvFormat(positionalHeader, delimiter, columns.byPosition(), timestamp);
    }
}
