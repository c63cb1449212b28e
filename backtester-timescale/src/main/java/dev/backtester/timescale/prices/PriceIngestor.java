package dev.backtester.timescale.prices;

import static dev.backtester.timescale.schema.PricesTable.ADJ_CLOSE;
import static dev.backtester.timescale.schema.PricesTable.CLOSE;
import static dev.backtester.timescale.schema.PricesTable.HIGH;
import static dev.backtester.timescale.schema.PricesTable.LOW;
import static dev.backtester.timescale.schema.PricesTable.OPEN;
import static dev.backtester.timescale.schema.PricesTable.SYMBOL;
import static dev.backtester.timescale.schema.PricesTable.TIMEFRAME;
import static dev.backtester.timescale.schema.PricesTable.TIMESTAMP;
import static dev.backtester.timescale.schema.PricesTable.VOLUME;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.PricesTable;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk-loads bars into {@code prices_v2}.
 *
 * <p>Each call is one transaction. It first takes a transaction-scoped advisory lock per
 * (timeframe, symbol), so concurrent ingests of the same symbol queue up instead of racing. Then,
 * per series: if no bar of that symbol and timeframe is stored within the series' time span, the bars
 * are streamed with binary {@code COPY} straight into the table (the fast path: first loads and
 * appended history); otherwise they are copied into a temporary staging table and merged with
 * {@code INSERT ... ON CONFLICT (symbol, timeframe, timestamp) DO UPDATE}. Either way ingesting the
 * same bars again duplicates nothing, rows whose values did not change are not rewritten, and bars
 * whose values changed (a corrected file) replace the stored ones.
 *
 * <p>Needs the PostgreSQL JDBC driver's connection behind the data source (pools that wrap it must
 * support {@link Connection#unwrap}). Thread-safe; concurrent calls use separate connections.
 */
public final class PriceIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(PriceIngestor.class);
    private static final Name STAGING = DSL.name("backtester_prices_staging");
    private static final int COPY_BUFFER_BYTES = 1 << 16;

    private final Database database;

    /** An ingestor writing to {@code database}'s {@code prices_v2}. */
    public PriceIngestor(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Ingests {@code series} under {@code timeframe}; see {@link #ingestRows(String, List)}. */
    public IngestReport ingest(String timeframe, BarSeries... series) {
        return ingest(timeframe, List.of(series));
    }

    /** Ingests {@code series} under {@code timeframe}, without adjusted closes; see {@link #ingestRows(String, List)}. */
    public IngestReport ingest(String timeframe, List<BarSeries> series) {
        List<PriceRows> rows = new ArrayList<>(series.size());
        for (BarSeries one : series) {
            rows.add(PriceRows.of(one));
        }
        return ingestRows(timeframe, rows);
    }

    /**
     * Reads one CSV file with the core {@link CsvBarReader} in {@code format} (e.g.
     * {@link CsvFormat#yahoo()}) and ingests its bars as {@code symbol} under {@code timeframe}. The
     * reader validates every row; any problem fails the call before anything is written. Columns the
     * reader does not map (a Yahoo file's {@code Adj Close}) are not stored.
     *
     * @throws dev.backtester.core.data.DataValidationException listing every problem of the file
     */
    public IngestReport ingestCsv(Path file, String symbol, String timeframe, CsvFormat format) {
        return ingest(timeframe, new CsvBarReader(format).read(file, symbol));
    }

    /**
     * Reads CSV files in {@code format} and ingests them in one transaction, each under the symbol the
     * core reader derives from its file name ({@link CsvBarReader#symbolOf(Path)}:
     * {@code ORCL.csv} gives {@code ORCL}).
     *
     * @throws dev.backtester.core.data.DataValidationException listing every problem of the first bad file
     */
    public IngestReport ingestCsvFiles(List<Path> files, String timeframe, CsvFormat format) {
        CsvBarReader reader = new CsvBarReader(format);
        List<BarSeries> series = new ArrayList<>(files.size());
        for (Path file : files) {
            series.add(reader.read(file));
        }
        return ingest(timeframe, series);
    }

    /**
     * Ingests the bars of several symbols under {@code timeframe} in one transaction.
     *
     * @throws IllegalArgumentException if the timeframe is blank or a symbol appears twice
     */
    public IngestReport ingestRows(String timeframe, List<PriceRows> rows) {
        requireTimeframe(timeframe);
        requireDistinctSymbols(rows);
        long bars = 0;
        for (PriceRows one : rows) {
            bars += one.series().size();
        }
        long start = System.nanoTime();
        long written = database.dsl().transactionResult(configuration -> write(DSL.using(configuration), timeframe, rows));
        IngestReport report = new IngestReport(timeframe, rows.size(), bars, written, System.nanoTime() - start);
        LOG.atInfo().setMessage("bars ingested").addKeyValue("schema", database.schema())
                .addKeyValue("timeframe", timeframe).addKeyValue("series", report.series())
                .addKeyValue("bars", report.barsRead()).addKeyValue("written", report.barsWritten())
                .addKeyValue("barsPerSecond", Math.round(report.barsPerSecond())).log();
        return report;
    }

    private long write(DSLContext tx, String timeframe, List<PriceRows> rows) {
        SymbolLocks.lock(tx, database.schema(), timeframe, rows);
        Table<Record> prices = database.table(PricesTable.NAME);
        List<PriceRows> fresh = new ArrayList<>();
        List<PriceRows> overlapping = new ArrayList<>();
        for (PriceRows one : rows) {
            if (one.series().size() == 0) {
                continue;
            }
            (hasStoredBarsInSpan(tx, prices, timeframe, one.series()) ? overlapping : fresh).add(one);
        }
        long written = 0;
        if (!fresh.isEmpty()) {
            // no stored bar can conflict (and the locks keep it so): straight into the table
            written += tx.connectionResult(connection -> copy(tx, connection, prices, fresh, timeframe));
        }
        if (!overlapping.isEmpty()) {
            tx.createTemporaryTable(STAGING)
                    .columns(SYMBOL, TIMEFRAME, TIMESTAMP, OPEN, HIGH, LOW, CLOSE, VOLUME, ADJ_CLOSE)
                    .onCommitDrop()
                    .execute();
            tx.connectionResult(connection -> copy(tx, connection, DSL.table(STAGING), overlapping, timeframe));
            written += merge(tx, prices);
        }
        return written;
    }

    private static boolean hasStoredBarsInSpan(DSLContext tx, Table<Record> prices, String timeframe, BarSeries series) {
        Instant first = Instant.ofEpochMilli(series.time(0));
        Instant last = Instant.ofEpochMilli(series.time(series.size() - 1));
        return tx.fetchExists(DSL.selectOne().from(prices).where(SYMBOL.eq(series.symbol()))
                .and(TIMEFRAME.eq(timeframe)).and(TIMESTAMP.between(first, last)));
    }

    /** Streams {@code rows} into {@code target} with binary COPY; returns the number of bars sent. */
    private static long copy(DSLContext tx, Connection connection, Table<?> target, List<PriceRows> rows,
                             String timeframe) {
        String sql = tx.render(DSL.query("COPY {0} ({1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}) FROM STDIN (FORMAT binary)",
                target, SYMBOL, TIMEFRAME, TIMESTAMP, OPEN, HIGH, LOW, CLOSE, VOLUME, ADJ_CLOSE));
        long bars = 0;
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new PGCopyOutputStream(pg, sql, COPY_BUFFER_BYTES), COPY_BUFFER_BYTES))) {
                BinaryCopyEncoder encoder = new BinaryCopyEncoder(out);
                encoder.header();
                for (PriceRows one : rows) {
                    encoder.write(one, timeframe);
                    bars += one.series().size();
                }
                encoder.trailer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("COPY of bars into " + target.getName() + " failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("the data source does not give PostgreSQL JDBC connections", e);
        }
        return bars;
    }

    private static int merge(DSLContext tx, Table<Record> prices) {
        return tx.insertInto(prices, SYMBOL, TIMEFRAME, TIMESTAMP, OPEN, HIGH, LOW, CLOSE, VOLUME, ADJ_CLOSE)
                .select(DSL.select(SYMBOL, TIMEFRAME, TIMESTAMP, OPEN, HIGH, LOW, CLOSE, VOLUME, ADJ_CLOSE)
                        .from(DSL.table(STAGING)))
                .onConflict(SYMBOL, TIMEFRAME, TIMESTAMP)
                .doUpdate()
                .set(OPEN, DSL.excluded(OPEN))
                .set(HIGH, DSL.excluded(HIGH))
                .set(LOW, DSL.excluded(LOW))
                .set(CLOSE, DSL.excluded(CLOSE))
                .set(VOLUME, DSL.excluded(VOLUME))
                .set(ADJ_CLOSE, DSL.excluded(ADJ_CLOSE))
                // unchanged bars are left alone: re-ingesting a file writes nothing
                .where(DSL.row(stored(OPEN), stored(HIGH), stored(LOW), stored(CLOSE), stored(VOLUME), stored(ADJ_CLOSE))
                        .isDistinctFrom(DSL.row(DSL.excluded(OPEN), DSL.excluded(HIGH), DSL.excluded(LOW),
                                DSL.excluded(CLOSE), DSL.excluded(VOLUME), DSL.excluded(ADJ_CLOSE))))
                .execute();
    }

    /** The stored row's column inside ON CONFLICT DO UPDATE, where a bare name would be ambiguous. */
    private static Field<Double> stored(Field<Double> column) {
        return DSL.field(DSL.name(PricesTable.NAME, column.getName()), column.getDataType());
    }

    static void requireTimeframe(String timeframe) {
        Objects.requireNonNull(timeframe, "timeframe");
        if (timeframe.isBlank()) {
            throw new IllegalArgumentException("timeframe must not be blank");
        }
    }

    private static void requireDistinctSymbols(List<PriceRows> rows) {
        Set<String> seen = new HashSet<>();
        for (PriceRows one : rows) {
            if (!seen.add(one.series().symbol())) {
                throw new IllegalArgumentException("symbol " + one.series().symbol()
                        + " appears twice in one ingest; ingest its bars as one series");
            }
        }
    }
}
