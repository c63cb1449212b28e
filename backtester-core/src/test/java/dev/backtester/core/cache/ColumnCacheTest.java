package dev.backtester.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnCacheTest {
    private static final CsvBarReader READER = new CsvBarReader(CsvFormat.generic());

    @TempDir
    Path dir;
    private Path source;
    private ColumnCache cache;

    @BeforeEach
    void writeSource() throws IOException {
        source = CsvFiles.write(dir.resolve("ABC.csv"), 1, 300);
        cache = new ColumnCache(dir.resolve("cache"));
    }

    private CachedLoad load() {
        return cache.load("ABC", source, () -> READER.read(source, "ABC"));
    }

    @Test
    void theFirstLoadBuildsAndLaterLoadsReadTheSameBarsBack() {
        CachedLoad first = load();
        CachedLoad second = load();
        assertEquals(CacheOutcome.BUILT, first.outcome());
        assertEquals(CacheOutcome.HIT, second.outcome());
        assertEquals(READER.read(source, "ABC"), second.series());
        assertEquals(300, second.series().size());
    }

    @Test
    void aChangedSourceRebuildsTheEntry() throws IOException {
        load();
        CsvFiles.write(source, 2, 310);
        CachedLoad reloaded = load();
        assertEquals(CacheOutcome.REBUILT_STALE, reloaded.outcome());
        assertEquals(READER.read(source, "ABC"), reloaded.series());
        assertEquals(CacheOutcome.HIT, load().outcome());
    }

    @Test
    void aTouchedButUnchangedSourceIsStillAHitAndItsNewTimeIsRecorded() throws IOException {
        load();
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 60_000));
        assertEquals(CacheOutcome.HIT, load().outcome());
        assertTrue(SourceStamp.of(source).sameSizeAndTime(source));
        assertEquals(CacheOutcome.HIT, load().outcome());
    }

    @Test
    void aSameSizeChangeWithTheOldTimeIsCaughtByTheContentHashCheck() throws IOException {
        load();
        FileTime time = Files.getLastModifiedTime(source);
        byte[] bytes = Files.readAllBytes(source);
        // the last digit of the first bar's volume: another value of the same length that keeps the bar valid
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        int digit = text.indexOf('\n', text.indexOf('\n') + 1) - 1;
        bytes[digit] = (byte) (bytes[digit] == '1' ? '2' : '1');
        Files.write(source, bytes);
        Files.setLastModifiedTime(source, time);

        assertEquals(CacheOutcome.HIT, load().outcome(), "SIZE_AND_TIME trusts size and time, as documented");
        ColumnCache strict = new ColumnCache(dir.resolve("cache"), SourceCheck.CONTENT_HASH);
        CachedLoad reloaded = strict.load("ABC", source, () -> READER.read(source, "ABC"));
        assertEquals(CacheOutcome.REBUILT_STALE, reloaded.outcome());
        assertEquals(READER.read(source, "ABC"), reloaded.series());
    }

    @ParameterizedTest
    @ValueSource(strings = {"payload byte", "header byte", "digest byte", "truncated", "truncated header", "empty",
            "extended", "magic", "version"})
    void aCorruptOrTruncatedEntryIsRebuiltNeverRead(String damage) throws IOException {
        load();
        Path entry = cache.fileOf("ABC");
        byte[] bytes = Files.readAllBytes(entry);
        byte[] damaged = switch (damage) {
            case "payload byte" -> flip(bytes, bytes.length - 3);
            case "header byte" -> flip(bytes, 9);
            case "digest byte" -> flip(bytes, 40);
            case "truncated" -> Arrays.copyOf(bytes, bytes.length - 8);
            case "truncated header" -> Arrays.copyOf(bytes, 50);
            case "empty" -> new byte[0];
            case "extended" -> Arrays.copyOf(bytes, bytes.length + 8);
            case "magic" -> flip(bytes, 0);
            case "version" -> withInt(bytes, 4, 2);
            default -> throw new IllegalArgumentException(damage);
        };
        Files.write(entry, damaged);

        CachedLoad reloaded = load();
        assertEquals(CacheOutcome.REBUILT_CORRUPT, reloaded.outcome(), damage);
        assertEquals(READER.read(source, "ABC"), reloaded.series());
        assertEquals(CacheOutcome.HIT, load().outcome(), "the rebuilt entry is intact");
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        load();
        CsvFiles.write(source, 3, 20);
        load();
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of("ABC.bars"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void symbolsAreEscapedIntoSafeFileNamesAndNeverMixedUp() throws IOException {
        assertEquals("BRK%2FB.bars", cache.fileOf("BRK/B").getFileName().toString());
        assertEquals("%5EGSPC.bars", cache.fileOf("^GSPC").getFileName().toString());
        assertEquals("%2E.bars", cache.fileOf(".").getFileName().toString());
        Path other = CsvFiles.write(dir.resolve("other.csv"), 4, 10);
        BarSeries slash = cache.load("BRK/B", other, () -> READER.read(other, "BRK/B")).series();
        assertEquals("BRK/B", cache.load("BRK/B", other, () -> READER.read(other, "BRK/B")).series().symbol());
        assertNotEquals(slash, load().series());
    }

    private static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x10;
        return copy;
    }

    private static byte[] withInt(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return copy;
    }
}
