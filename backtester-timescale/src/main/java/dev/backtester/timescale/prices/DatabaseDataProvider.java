package dev.backtester.timescale.prices;

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
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.PricesTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DataProvider} reading bars of one timeframe and time range from {@code prices_v2}.
 *
 * <p>Rows are streamed through a server-side cursor (a transaction with a fetch size), straight into
 * primitive column arrays: memory holds the result series plus one fetch of rows, whatever the table
 * size. Stored NULL prices read as NaN. Thread-safe; each load uses its own connection.
 */
public final class DatabaseDataProvider implements DataProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDataProvider.class);
    private static final int FETCH_SIZE = 10_000;

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
     * The symbols given, or else every symbol with bars at this timeframe in the range, sorted by
     * PostgreSQL's collation.
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
            DSLContext tx = DSL.using(configuration);
            // inside a transaction (autocommit off) the driver fetches through a cursor, FETCH_SIZE rows at a time
            try (Cursor<Record7<String, Instant, Double, Double, Double, Double, Double>> cursor =
                         query(tx, wanted).fetchSize(FETCH_SIZE).fetchLazy()) {
                return collect(cursor);
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

    private SelectSeekStep2<Record7<String, Instant, Double, Double, Double, Double, Double>, String, Instant> query(
            DSLContext tx, List<String> wanted) {
        Condition symbolCondition = wanted.size() == 1 ? SYMBOL.eq(wanted.get(0)) : SYMBOL.in(wanted);
        return tx.select(SYMBOL, TIMESTAMP, OPEN, HIGH, LOW, CLOSE, VOLUME)
                .from(database.table(PricesTable.NAME))
                .where(symbolCondition).and(inRange())
                .orderBy(SYMBOL, TIMESTAMP);
    }

    private static List<BarSeries> collect(Cursor<Record7<String, Instant, Double, Double, Double, Double, Double>> cursor) {
        List<BarSeries> result = new ArrayList<>();
        BarColumns columns = new BarColumns(1024);
        String current = null;
        for (Record7<String, Instant, Double, Double, Double, Double, Double> row : cursor) {
            String symbol = row.value1();
            if (!symbol.equals(current)) {
                if (current != null) {
                    result.add(columns.toSeries(current));
                    columns.clear();
                }
                current = symbol;
            }
            columns.add(row.value2().toEpochMilli(), orNaN(row.value3()), orNaN(row.value4()), orNaN(row.value5()),
                    orNaN(row.value6()), orNaN(row.value7()));
        }
        if (current != null) {
            result.add(columns.toSeries(current));
        }
        return result;
    }

    private Condition inRange() {
        return TIMEFRAME.eq(timeframe).and(TIMESTAMP.ge(range.from())).and(TIMESTAMP.lt(range.to()));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
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
