package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import dev.backtester.timescale.prices.DatabaseDataProvider;
import dev.backtester.timescale.prices.IngestReport;
import dev.backtester.timescale.prices.PriceIngestor;
import dev.backtester.timescale.prices.TimeRange;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.PricesTable;
import dev.backtester.timescale.schema.SchemaMigrator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures ingest and load rates and logs them; timings are reported, never asserted (the machine
 * is shared). What is asserted is that every bar arrived and loaded back.
 *
 * <p>Run alone: {@code mvn -B -pl backtester-timescale -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PriceThroughputIT}; the figures are the
 * {@code THROUGHPUT} lines.
 */
class PriceThroughputIT {
    private static final Logger LOG = LoggerFactory.getLogger(PriceThroughputIT.class);
    private static final int INGEST_SYMBOLS = 200;
    private static final int INGEST_BARS = 2520; // ten years of trading days
    private static final int LOAD_SYMBOLS = 100;
    private static final int LOAD_BARS = 1008; // four years of trading days

    @Test
    void ingestRateAndLoadTimeOfOneHundredSymbolsOverFourYears() {
        Database db = TestPostgres.freshSchema("it_throughput");
        new SchemaMigrator(db).migrate();
        long first = LocalDate.of(2005, 1, 3).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<BarSeries> series = new ArrayList<>();
        for (int s = 0; s < INGEST_SYMBOLS; s++) {
            series.add(TestData.randomWalk(String.format("SYM%03d", s), s, INGEST_BARS, first));
        }

        IngestReport report = new PriceIngestor(db).ingest("1d", series);
        LOG.info("THROUGHPUT ingest: {} bars of {} symbols in {} ms = {} bars/s", report.barsRead(), report.series(),
                report.nanos() / 1_000_000, Math.round(report.barsPerSecond()));
        assertEquals((long) INGEST_SYMBOLS * INGEST_BARS, report.barsWritten());
        assertEquals(INGEST_SYMBOLS * INGEST_BARS, db.dsl().fetchCount(db.table(PricesTable.NAME)));

        List<String> symbols = new ArrayList<>();
        for (int s = 0; s < LOAD_SYMBOLS; s++) {
            symbols.add(series.get(s).symbol());
        }
        int from = INGEST_BARS - LOAD_BARS;
        TimeRange lastFourYears = new TimeRange(Instant.ofEpochMilli(series.get(0).time(from)),
                Instant.ofEpochMilli(series.get(0).time(INGEST_BARS - 1) + 1));
        DatabaseDataProvider provider = DatabaseDataProvider.of(db, "1d", lastFourYears, symbols);
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            List<BarSeries> loaded = provider.loadAll();
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("THROUGHPUT load (round {}): {} symbols x {} bars in {} ms with one query", round, loaded.size(),
                    loaded.get(0).size(), millis);
            assertEquals(LOAD_SYMBOLS, loaded.size());
            for (int s = 0; s < LOAD_SYMBOLS; s++) {
                assertEquals(series.get(s).slice(from, INGEST_BARS), loaded.get(s));
            }
        }
        // symbol by symbol, as the engine asks a DataProvider; the tests' data source is a connection pool
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            for (int s = 0; s < LOAD_SYMBOLS; s++) {
                assertEquals(series.get(s).slice(from, INGEST_BARS), provider.load(symbols.get(s)));
            }
            LOG.info("THROUGHPUT load (round {}): {} symbols x {} bars in {} ms with one query per symbol (pooled)",
                    round, LOAD_SYMBOLS, LOAD_BARS, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
