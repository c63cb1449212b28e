package dev.backtester.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvDirectoryProvider;
import dev.backtester.core.data.CsvFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnCacheProviderTest {

    @Test
    void servesTheSameBarsAsTheCsvFilesFromTheCacheAfterTheFirstLoad(@TempDir Path dir) throws IOException {
        Path csv = Files.createDirectory(dir.resolve("csv"));
        List<String> symbols = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            symbols.add("S" + s);
            CsvFiles.write(csv.resolve("S" + s + ".csv"), s, 50 + s);
        }
        ColumnCacheProvider provider = new ColumnCacheProvider(csv, CsvFormat.generic(), dir.resolve("cache"));
        List<BarSeries> expected = new CsvDirectoryProvider(csv, CsvFormat.generic()).loadAll(symbols);

        assertEquals(symbols.stream().sorted().toList(), provider.symbols());
        assertEquals(expected, provider.loadAll(symbols));
        assertEquals(expected, provider.loadAll(symbols));
        assertEquals(CacheOutcome.HIT, provider.loadWithOutcome("S3").outcome());
        try (var entries = Files.list(dir.resolve("cache"))) {
            assertEquals(12, entries.count());
        }
    }

    @Test
    void unknownSymbolsFailLikeTheCsvProvider(@TempDir Path dir) throws IOException {
        CsvFiles.write(dir.resolve("A.csv"), 1, 5);
        ColumnCacheProvider provider = new ColumnCacheProvider(dir, CsvFormat.generic(), dir.resolve("cache"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider.loadAll(List.of("A", "B")));
        assertTrue(e.getMessage().startsWith("no bar file for symbol 'B'"), e.getMessage());
    }
}
