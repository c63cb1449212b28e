package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDirectoryProviderTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";

    @TempDir
    Path dir;

    @Test
    void symbolsAreFileNamesWithoutExtensionSorted() throws IOException {
        write("MSFT.csv", HEADER + "2020-01-02,10,11,9,10,1\n");
        write("AAPL.CSV", HEADER + "2020-01-02,10,11,9,10,1\n");
        write("IBM.txt", HEADER + "2020-01-02,10,11,9,10,1\n");
        write("notes.md", "not bars");
        Files.createDirectory(dir.resolve("sub.csv"));
        assertEquals(List.of("AAPL", "MSFT"), new CsvDirectoryProvider(dir, CsvFormat.generic()).symbols());
        CsvDirectoryProvider both = new CsvDirectoryProvider(dir, CsvFormat.generic(), BadBarPolicy.FAIL, List.of("csv", ".txt"));
        assertEquals(List.of("AAPL", "IBM", "MSFT"), both.symbols());
        assertEquals("IBM", both.load("IBM").symbol());
    }

    @Test
    void twoFilesForOneSymbolAreAnError() throws IOException {
        write("A.csv", HEADER);
        write("A.txt", HEADER);
        CsvDirectoryProvider provider = new CsvDirectoryProvider(dir, CsvFormat.generic(), BadBarPolicy.FAIL, List.of("csv", "txt"));
        IllegalStateException e = assertThrows(IllegalStateException.class, provider::symbols);
        assertTrue(e.getMessage().contains("A.csv") && e.getMessage().contains("A.txt"), e.getMessage());
    }

    @Test
    void loadAllReadsTheRealFilesInParallelInRequestedOrder() throws IOException {
        for (String name : List.of("orcl-1995-2014.txt", "nvda-1999-2014.txt", "yhoo-1996-2014.txt")) {
            Files.copy(TestData.file(name), dir.resolve(name));
        }
        CsvDirectoryProvider provider = new CsvDirectoryProvider(dir, CsvFormat.yahoo(), BadBarPolicy.FAIL, List.of("txt"));
        List<String> requested = List.of("yhoo-1996-2014", "orcl-1995-2014", "nvda-1999-2014");
        List<BarSeries> loaded = provider.loadAll(requested);
        assertEquals(requested, loaded.stream().map(BarSeries::symbol).toList());
        assertEquals(List.of(4713, 5036, 4012), loaded.stream().map(BarSeries::size).toList());
        assertEquals(provider.load("orcl-1995-2014"), loaded.get(1));
    }

    @Test
    void loadAllReportsEveryFailedFileByName() throws IOException {
        write("GOOD.csv", HEADER + "2020-01-02,10,11,9,10,1\n");
        write("BAD1.csv", HEADER + "2020-01-02,10,11,9,x,1\n");
        write("BAD2.csv", "");
        CsvDirectoryProvider provider = new CsvDirectoryProvider(dir, CsvFormat.generic());
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> provider.loadAll(List.of("GOOD", "BAD2", "BAD1")));
        assertTrue(e.getMessage().contains("BAD2.csv: file is empty"), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0].getMessage().contains("BAD1.csv:2: column Close: value 'x': not a number"));
    }

    @Test
    void anUnknownSymbolFailsBeforeAnyFileIsRead() throws IOException {
        write("GOOD.csv", HEADER + "2020-01-02,10,11,9,10,1\n");
        CsvDirectoryProvider provider = new CsvDirectoryProvider(dir, CsvFormat.generic());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider.loadAll(List.of("GOOD", "NOPE")));
        assertTrue(e.getMessage().startsWith("no bar file for symbol 'NOPE' in " + dir), e.getMessage());
    }

    @Test
    void dropAndReportLoadsTheCleanRows() throws IOException {
        write("X.csv", HEADER + "2020-01-02,10,11,9,10,1\n2020-01-03,10,11,9,x,1\n2020-01-06,10,11,9,10,1\n");
        CsvDirectoryProvider provider = new CsvDirectoryProvider(dir, CsvFormat.generic(), BadBarPolicy.DROP_AND_REPORT, List.of("csv"));
        assertEquals(2, provider.load("X").size());
        CsvLoad load = provider.loadWithReport("X");
        assertEquals(1, load.droppedRows());
        assertEquals(dir.resolve("X.csv").toString(), load.report().source());
        assertEquals(List.of(2), provider.loadAll(List.of("X", "X")).stream().map(BarSeries::size).distinct().toList());
    }

    @Test
    void rejectsMissingExtensions() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsvDirectoryProvider(dir, CsvFormat.generic(), BadBarPolicy.FAIL, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new CsvDirectoryProvider(dir, CsvFormat.generic(), BadBarPolicy.FAIL, Arrays.asList("csv", ".")));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
