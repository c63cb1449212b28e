package dev.backtester.core.data;

import dev.backtester.api.data.PriceField;
import java.util.Objects;

/**
 * Which CSV columns hold the parts of a bar.
 *
 * @param date   the column holding the date, a date-time, or an epoch number, depending on the
 *               {@link TimestampFormat}
 * @param time   the separate time-of-day column of files with {@code Date,Time} columns; null when the
 *               date column alone gives the time
 * @param open   the open price column
 * @param high   the high price column
 * @param low    the low price column
 * @param close  the close price column
 * @param volume the volume column; null when the file has no volume, in which case every bar's volume
 *               is 0 (a mapped volume column that the file lacks is an error, never a silent 0)
 */
public record CsvColumns(ColumnRef date, ColumnRef time, ColumnRef open, ColumnRef high, ColumnRef low,
                         ColumnRef close, ColumnRef volume) {

    public CsvColumns {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
    }

    /** Columns named {@code Date,Open,High,Low,Close,Volume}, no time column. */
    public static CsvColumns standardNames() {
        return new CsvColumns(ColumnRef.named("Date"), null, ColumnRef.named("Open"), ColumnRef.named("High"),
                ColumnRef.named("Low"), ColumnRef.named("Close"), ColumnRef.named("Volume"));
    }

    /** True when the file has a separate time-of-day column. */
    public boolean hasTime() {
        return time != null;
    }

    /** True when the file has a volume column. */
    public boolean hasVolume() {
        return volume != null;
    }

    /** True when at least one column is found by header name, so the file needs a header row. */
    public boolean usesNames() {
        return date instanceof ColumnRef.Named || time instanceof ColumnRef.Named || open instanceof ColumnRef.Named
                || high instanceof ColumnRef.Named || low instanceof ColumnRef.Named
                || close instanceof ColumnRef.Named || volume instanceof ColumnRef.Named;
    }

    /** These columns with {@code date} as the date column. */
    public CsvColumns withDate(ColumnRef date) {
        return new CsvColumns(date, time, open, high, low, close, volume);
    }

    /** These columns with a separate time-of-day column, or none when {@code time} is null. */
    public CsvColumns withTime(ColumnRef time) {
        return new CsvColumns(date, time, open, high, low, close, volume);
    }

    /** These columns with {@code field} read from {@code column}. */
    public CsvColumns with(PriceField field, ColumnRef column) {
        Objects.requireNonNull(column, "column");
        return switch (field) {
            case OPEN -> new CsvColumns(date, time, column, high, low, close, volume);
            case HIGH -> new CsvColumns(date, time, open, column, low, close, volume);
            case LOW -> new CsvColumns(date, time, open, high, column, close, volume);
            case CLOSE -> new CsvColumns(date, time, open, high, low, column, volume);
            case VOLUME -> new CsvColumns(date, time, open, high, low, close, column);
        };
    }

    /** These columns without volume: every bar's volume will be 0. */
    public CsvColumns withoutVolume() {
        return new CsvColumns(date, time, open, high, low, close, null);
    }

    /**
     * The same columns by position in the order {@code Date[,Time],Open,High,Low,Close[,Volume]} starting
     * at index 0; further fields (Adj Close, OpenInterest ...) after them are ignored.
     */
    public CsvColumns byPosition() {
        int next = 0;
        ColumnRef datePosition = ColumnRef.index(next++);
        ColumnRef timePosition = hasTime() ? ColumnRef.index(next++) : null;
        ColumnRef openPosition = ColumnRef.index(next++);
        ColumnRef highPosition = ColumnRef.index(next++);
        ColumnRef lowPosition = ColumnRef.index(next++);
        ColumnRef closePosition = ColumnRef.index(next++);
        ColumnRef volumePosition = hasVolume() ? ColumnRef.index(next) : null;
        return new CsvColumns(datePosition, timePosition, openPosition, highPosition, lowPosition, closePosition,
                volumePosition);
    }
}
