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
import dev.backtester.api.data.DataProvider;
import dev.backtester.core.data.BarSeriesBuilder;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.EpochMillis;
import dev.backtester.timescale.schema.PricesTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DataProvider} reading bars of one timeframe and time range from {@code prices_v2}.
 *
 * <p>Rows are streamed through a server-side cursor (a transaction with a fetch size), straight into
 * primitive column arrays: memory holds the result series plus one fetch of rows, whatever the table
 * size. Rows travel in the driver's binary format. Stored NULL prices read as NaN. Thread-safe; each
 * load borrows its own connection, so give a pooled data source when loading symbol by symbol.
 */
public final class DatabaseDataProvider implements DataProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDataProvider.class);
    private static final int FETCH_SIZE = 10_000;
    /**
     * Asks the driver for this query's rows in binary: doubles and longs then arrive as their bits
     * instead of decimal text to parse, which halves the load time of large reads.
     */
    private static final ExecuteListener BINARY_RESULTS = ExecuteListener.onPrepareEnd(context -> {
        try {
            context.statement().unwrap(PGStatement.class).setPrepareThreshold(-1);
        } catch (SQLException e) {
            throw new DataAccessException("the data source does not give PostgreSQL JDBC statements", e);
        }
    });
    /** The bar time as UTC epoch milliseconds, computed by the server. */
    private static final Field<Long> EPOCH_MILLIS = EpochMillis.of(TIMESTAMP);

    private final Database database;
    private final String timeframe;
    private final TimeRange range;
    private final List<String> symbols;

    private DatabaseDataProvider(Database database, String timeframe, TimeRange range, List<String> symbols) {
        this.database = Objects.requireNonNull(database, "database");
        PriceIngestor.requireTimeframe(timeframe);
        this.timeframe = timeframe;
        this.range = Objects.requireNonNull(range, "range");
        this.symbols = symbols == null ? null : List.copyOf(symbols);
        if (this.symbols != null && new LinkedHashSet<>(this.symbols).size() != this.symbols.size()) {
            throw new IllegalArgumentException("symbols must be distinct: " + this.symbols);
        }
    }

    /** Bars of {@code symbols} (in that order) at {@code timeframe} within {@code range}. */
    public static DatabaseDataProvider of(Database database, String timeframe, TimeRange range, List<String> symbols) {
        return new DatabaseDataProvider(database, timeframe, range, Objects.requireNonNull(symbols, "symbols"));
    }

    /** Bars of every symbol stored at {@code timeframe}, within {@code range}. */
    public static DatabaseDataProvider allSymbols(Database database, String timeframe, TimeRange range) {
        return new DatabaseDataProvider(database, timeframe, range, null);
    }

    /**
     * The symbols given, or else every symbol with bars at this timeframe in the range, sorted byte-wise
     * (the symbol column's collation is {@code "C"}, so the order is the same on every server).
     */
    @Override
    public List<String> symbols() {
        if (symbols != null) {
            return symbols;
        }
        return database.dsl().selectDistinct(SYMBOL).from(database.table(PricesTable.NAME))
                .where(inRange()).orderBy(SYMBOL).fetch(SYMBOL);
    }

    /**
     * Loads the bars of {@code symbol}.
     *
     * @throws IllegalArgumentException if there are none at this timeframe in the range
     */
    @Override
    public BarSeries load(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        List<BarSeries> loaded = stream(List.of(symbol));
        if (loaded.isEmpty()) {
            throw new IllegalArgumentException(noBarsMessage(symbol));
        }
        return loaded.get(0);
    }

    /**
     * Loads every symbol of {@link #symbols()} with one query, in that order.
     *
     * @throws IllegalArgumentException if a symbol has no bars at this timeframe in the range
     */
    public List<BarSeries> loadAll() {
        List<String> wanted = symbols();
        List<BarSeries> loaded = stream(wanted);
        Map<String, BarSeries> bySymbol = new HashMap<>();
        for (BarSeries series : loaded) {
            bySymbol.put(series.symbol(), series);
        }
        List<BarSeries> ordered = new ArrayList<>(wanted.size());
        for (String symbol : wanted) {
            BarSeries series = bySymbol.get(symbol);
            if (series == null) {
                throw new IllegalArgumentException(noBarsMessage(symbol));
            }
            ordered.add(series);
        }
        return ordered;
    }

    private List<BarSeries> stream(List<String> wanted) {
        long start = System.nanoTime();
        List<BarSeries> result = database.dsl().transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration.deriveAppending(BINARY_RESULTS));
            // inside a transaction (autocommit off) the driver fetches through a cursor, FETCH_SIZE rows at a
            // time; the rows are read straight off the result set into primitive arrays, no record per row
            try (ResultSet rows = query(tx, wanted).fetchSize(FETCH_SIZE).fetchResultSet()) {
                return collect(rows);
            }
        });
        long bars = 0;
        for (BarSeries series : result) {
            bars += series.size();
        }
        LOG.atDebug().setMessage("bars loaded").addKeyValue("schema", database.schema())
                .addKeyValue("timeframe", timeframe).addKeyValue("series", result.size()).addKeyValue("bars", bars)
                .addKeyValue("millis", (System.nanoTime() - start) / 1_000_000).log();
        return result;
    }

    private ResultQuery<Record8<String, Long, Double, Double, Double, Double, Double, Double>> query(
            DSLContext tx, List<String> wanted) {
        Condition symbolCondition = wanted.size() == 1 ? SYMBOL.eq(wanted.get(0)) : SYMBOL.in(wanted);
        return tx.select(SYMBOL, EPOCH_MILLIS, OPEN, HIGH, LOW, CLOSE, VOLUME, ADJ_CLOSE)
                .from(database.table(PricesTable.NAME))
                .where(symbolCondition).and(inRange())
                .orderBy(SYMBOL, TIMESTAMP);
    }

    private static List<BarSeries> collect(ResultSet rows) throws SQLException {
        List<BarSeries> result = new ArrayList<>();
        // one builder for all symbols: build copies the columns, so clearing it keeps the capacity for the next;
        // a series gets an adjusted-close column only when none of its rows has a NULL one
        BarSeriesBuilder bars = new BarSeriesBuilder(1024);
        String current = null;
        while (rows.next()) {
            String symbol = rows.getString(1);
            if (!symbol.equals(current)) {
                if (current != null) {
                    result.add(bars.build(current));
                    bars.clear();
                }
                current = symbol;
            }
            bars.add(rows.getLong(2), price(rows, 3), price(rows, 4), price(rows, 5), price(rows, 6), price(rows, 7),
                    price(rows, 8));
        }
        if (current != null) {
            result.add(bars.build(current));
        }
        return result;
    }

    /** A price column; SQL NULL reads as NaN. */
    private static double price(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    private Condition inRange() {
        return TIMEFRAME.eq(timeframe).and(TIMESTAMP.ge(range.from())).and(TIMESTAMP.lt(range.to()));
    }

    private String noBarsMessage(String symbol) {
        return "no " + timeframe + " bars of " + symbol + " in schema " + database.schema() + " between "
                + range.from() + " and " + range.to();
    }

    @Override
    public String toString() {
        return "DatabaseDataProvider[" + database.schema() + ", " + timeframe + ", " + range + "]";
    }
}
