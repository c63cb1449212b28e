package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.PriceField;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void yahooPreset() {
        CsvFormat yahoo = CsvFormat.yahoo();
        assertEquals(CsvFormat.Header.BY_NAME, yahoo.header());
        assertEquals(',', yahoo.delimiter());
        assertEquals(CsvColumns.standardNames(), yahoo.columns());
        assertEquals(new TimestampFormat(TimestampFormat.Encoding.TEXT, "yyyy-MM-dd", null,
                ZoneId.of("America/New_York"), LocalTime.of(16, 0)), yahoo.timestamp());
    }

    @Test
    void genericPreset() {
        CsvFormat generic = CsvFormat.generic();
        assertEquals(CsvFormat.Header.BY_NAME, generic.header());
        assertEquals(ColumnRef.named("Volume"), generic.columns().volume());
        assertEquals(ZoneOffset.UTC, generic.timestamp().zone());
        assertNull(generic.timestamp().endOfDay());
        assertNull(generic.columns().time());
    }

    @Test
    void dateTimeColumnsPreset() {
        CsvFormat intraday = CsvFormat.dateTimeColumns();
        assertEquals(ColumnRef.named("Time"), intraday.columns().time());
        assertEquals("HH:mm:ss", intraday.timestamp().timePattern());
        assertEquals(CsvFormat.dateTimeColumns().withoutTimeColumn(), CsvFormat.generic());
    }

    @Test
    void byPositionNumbersTheStandardColumnsAndSkipsTheHeader() {
        CsvFormat positional = CsvFormat.dateTimeColumns().byPosition();
        assertEquals(CsvFormat.Header.SKIP, positional.header());
        assertEquals(new CsvColumns(ColumnRef.index(0), ColumnRef.index(1), ColumnRef.index(2), ColumnRef.index(3),
                ColumnRef.index(4), ColumnRef.index(5), ColumnRef.index(6)), positional.columns());
        assertEquals(ColumnRef.index(4), CsvFormat.generic().withoutVolume().byPosition().columns().close());
        assertNull(CsvFormat.generic().withoutVolume().byPosition().columns().volume());
    }

    @Test
    void withersChangeOnlyTheirPart() {
        CsvFormat changed = CsvFormat.generic().withColumn(PriceField.CLOSE, ColumnRef.named("Last"))
                .withDelimiter('\t').withZone(ZoneId.of("Asia/Tokyo")).withEndOfDay(LocalTime.of(15, 0));
        assertEquals(ColumnRef.named("Last"), changed.columns().close());
        assertEquals(ColumnRef.named("High"), changed.columns().high());
        assertEquals('\t', changed.delimiter());
        assertEquals(LocalTime.of(15, 0), changed.timestamp().endOfDay());
        assertEquals("yyyy-MM-dd", changed.timestamp().datePattern());
        assertNull(changed.withEndOfDayAtMidnight().timestamp().endOfDay());
    }

    @Test
    void epochEncodingsDropTheTimeColumn() {
        CsvFormat epoch = CsvFormat.dateTimeColumns().withEpochMillis(ColumnRef.named("ts"));
        assertNull(epoch.columns().time());
        assertEquals(TimestampFormat.Encoding.EPOCH_MILLIS, epoch.timestamp().encoding());
        assertEquals(ColumnRef.named("ts"), epoch.columns().date());
    }

    @Test
    void inconsistentFormatsAreRejectedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.generic().withHeader(CsvFormat.Header.NONE));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.generic().withHeader(CsvFormat.Header.SKIP));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.generic().withDelimiter('.'));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.generic().withDelimiter('x'));
        assertThrows(IllegalArgumentException.class,
                () -> CsvFormat.generic().withColumns(CsvColumns.standardNames().withTime(ColumnRef.named("Time"))));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.generic().withDateColumn(ColumnRef.named("Date"), "yyyy-MM-dd {"));
        assertThrows(IllegalArgumentException.class, () -> ColumnRef.index(-1));
        assertThrows(IllegalArgumentException.class, () -> ColumnRef.named(" "));
        assertThrows(IllegalArgumentException.class, () -> new TimestampFormat(TimestampFormat.Encoding.EPOCH_MILLIS,
                "yyyy-MM-dd", null, ZoneOffset.UTC, null));
    }

    @Test
    void columnNamesAreTrimmed() {
        assertEquals(ColumnRef.named("Close"), ColumnRef.named(" Close "));
    }
}
