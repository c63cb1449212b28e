package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.timescale.prices.DatabaseDataProvider;
import dev.backtester.timescale.prices.IngestReport;
import dev.backtester.timescale.prices.PriceIngestor;
import dev.backtester.timescale.prices.PriceRows;
import dev.backtester.timescale.prices.TimeRange;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.PricesTable;
import dev.backtester.timescale.schema.SchemaMigrator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PricesIT {
    private static Database db;
    private static PriceIngestor ingestor;

    @BeforeAll
    static void migrate() {
        db = TestPostgres.freshSchema("it_prices");
        new SchemaMigrator(db).migrate();
        ingestor = new PriceIngestor(db);
    }

    @Test
    void csvBarsReadBackBitIdenticalAndReingestingDuplicatesNothing() {
        BarSeries orcl = TestData.yahoo("orcl-1995-2014.txt", "ORCL");
        IngestReport first = ingestor.ingestCsv(TestData.file("orcl-1995-2014.txt"), "ORCL", "1d", CsvFormat.yahoo());
        assertEquals(5036, first.barsRead());
        assertEquals(5036, first.barsWritten());

        BarSeries loaded = DatabaseDataProvider.of(db, "1d", TimeRange.ALL, List.of("ORCL")).load("ORCL");
        assertEquals(orcl, loaded);

        IngestReport again = ingestor.ingestCsv(TestData.file("orcl-1995-2014.txt"), "ORCL", "1d", CsvFormat.yahoo());
        assertEquals(5036, again.barsRead());
        assertEquals(0, again.barsWritten(), "unchanged bars are not rewritten");
        assertEquals(5036, db.dsl().fetchCount(db.table(PricesTable.NAME), PricesTable.SYMBOL.eq("ORCL")));
    }

    @Test
    void csvFilesAreIngestedUnderTheirFileNames() {
        IngestReport report = ingestor.ingestCsvFiles(List.of(TestData.file("nvda-1999-2014.txt"),
                TestData.file("yhoo-1996-2014.txt")), "1d-files", CsvFormat.yahoo());
        assertEquals(2, report.series());
        List<BarSeries> loaded = DatabaseDataProvider.allSymbols(db, "1d-files", TimeRange.ALL).loadAll();
        assertEquals(List.of(TestData.yahoo("nvda-1999-2014.txt", "nvda-1999-2014"),
                TestData.yahoo("yhoo-1996-2014.txt", "yhoo-1996-2014")), loaded);
    }

    @Test
    void adjustedClosesAreStoredWhenGiven() {
        BarSeries bars = TestData.randomWalk("ADJ", 9, 30, 0);
        double[] adjusted = new double[bars.size()];
        for (int i = 0; i < adjusted.length; i++) {
            adjusted[i] = bars.close(i) * 0.5;
        }
        ingestor.ingestRows("1d", List.of(new PriceRows(bars, adjusted)));
        double[] stored = db.dsl().select(PricesTable.ADJ_CLOSE).from(db.table(PricesTable.NAME))
                .where(PricesTable.SYMBOL.eq("ADJ")).orderBy(PricesTable.TIMESTAMP)
                .fetch(PricesTable.ADJ_CLOSE).stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(adjusted, stored);
    }

    @Test
    void aCorrectedBarReplacesTheStoredOne() {
        BarSeries original = TestData.randomWalk("FIX", 1, 50, 0);
        ingestor.ingest("1d", original);
        double[] close = original.column(PriceField.CLOSE);
        close[20] = close[20] + 0.01;
        BarSeries corrected = new BarSeries("FIX", original.times(), original.column(PriceField.OPEN),
                original.column(PriceField.HIGH), original.column(PriceField.LOW), close,
                original.column(PriceField.VOLUME));

        IngestReport report = ingestor.ingest("1d", corrected);

        assertEquals(1, report.barsWritten());
        assertEquals(corrected, DatabaseDataProvider.of(db, "1d", TimeRange.ALL, List.of("FIX")).load("FIX"));
    }

    @Test
    void specialDoublesAndHostileSymbolsRoundTrip() {
        List<String> symbols = List.of("O'Reilly; DROP TABLE x;--", "日本株", "comma, \"quote\"\nnewline", "\\back\\slash");
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
                Double.MAX_VALUE, 0.1 + 0.2, 1e-300};
        long[] times = new long[specials.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = -86_400_000L * 365 * 30 + i * 60_001L; // before 1970, odd milliseconds
        }
        for (String symbol : symbols) {
            ingestor.ingest("1m", new BarSeries(symbol, times, specials, specials, specials, specials, specials));
        }
        DatabaseDataProvider provider = DatabaseDataProvider.of(db, "1m", TimeRange.ALL, symbols);
        List<BarSeries> loaded = provider.loadAll();
        for (int s = 0; s < symbols.size(); s++) {
            BarSeries series = loaded.get(s);
            assertEquals(symbols.get(s), series.symbol());
            assertArrayEquals(times, series.times());
            for (PriceField field : PriceField.values()) {
                double[] values = series.column(field);
                for (int i = 0; i < specials.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(specials[i]), Double.doubleToRawLongBits(values[i]),
                            symbols.get(s) + " " + field + " bar " + i);
                }
            }
        }
        assertTrue(MigrationIT.tables(db).contains("prices_v2"), "the hostile symbol dropped nothing");
    }

    @Test
    void theProviderRespectsTimeframeAndRange() {
        long start = LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        BarSeries daily = TestData.randomWalk("RANGE", 2, 100, start);
        ingestor.ingest("1d", daily);
        ingestor.ingest("1w", TestData.randomWalk("RANGE", 3, 10, start));

        TimeRange january = TimeRange.utcDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        BarSeries loaded = DatabaseDataProvider.of(db, "1d", january, List.of("RANGE")).load("RANGE");
        assertEquals(daily.slice(0, 31), loaded);

        TimeRange halfOpen = new TimeRange(Instant.ofEpochMilli(daily.time(10)), Instant.ofEpochMilli(daily.time(20)));
        assertEquals(daily.slice(10, 20), DatabaseDataProvider.of(db, "1d", halfOpen, List.of("RANGE")).load("RANGE"));

        assertEquals(10, DatabaseDataProvider.of(db, "1w", TimeRange.ALL, List.of("RANGE")).load("RANGE").size());
        assertTrue(DatabaseDataProvider.allSymbols(db, "1w", TimeRange.ALL).symbols().contains("RANGE"));
        TimeRange before = TimeRange.utcDays(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
        assertEquals(List.of(), DatabaseDataProvider.allSymbols(db, "1w", before).symbols());
    }

    @Test
    void unknownSymbolsAreReportedWithTheirSource() {
        DatabaseDataProvider provider = DatabaseDataProvider.of(db, "1d", TimeRange.ALL, List.of("NOPE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider.load("NOPE"));
        assertTrue(e.getMessage().contains("NOPE") && e.getMessage().contains("it_prices"), e.getMessage());
        assertThrows(IllegalArgumentException.class, provider::loadAll);
    }

    @Test
    void concurrentIngestsOfTheSameBarsStoreThemOnce() throws Exception {
        BarSeries bars = TestData.randomWalk("RACE", 5, 2000, 0);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IngestReport>> reports = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                reports.add(pool.submit(() -> {
                    start.await();
                    return ingestor.ingest("1d", bars);
                }));
            }
            start.countDown();
            long written = 0;
            for (Future<IngestReport> report : reports) {
                written += report.get(60, TimeUnit.SECONDS).barsWritten();
            }
            assertEquals(bars.size(), written, "the first ingest writes the bars, the others find them stored");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(bars, DatabaseDataProvider.of(db, "1d", TimeRange.ALL, List.of("RACE")).load("RACE"));
    }

    @Test
    void aSymbolTwiceInOneIngestIsRejected() {
        BarSeries a = TestData.randomWalk("TWICE", 4, 5, 0);
        assertThrows(IllegalArgumentException.class, () -> ingestor.ingest("1d", a, a));
        assertEquals(0, db.dsl().fetchCount(db.table(PricesTable.NAME), PricesTable.SYMBOL.eq("TWICE")));
    }
}
