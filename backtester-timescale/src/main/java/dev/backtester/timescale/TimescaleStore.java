package dev.backtester.timescale;

import dev.backtester.timescale.cache.IndicatorCache;
import dev.backtester.timescale.prices.DatabaseDataProvider;
import dev.backtester.timescale.prices.PriceIngestor;
import dev.backtester.timescale.prices.TimeRange;
import dev.backtester.timescale.runs.RunRepository;
import dev.backtester.timescale.runs.TrialRepository;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.MigrationReport;
import dev.backtester.timescale.schema.SchemaMigrator;
import dev.backtester.timescale.schema.SchemaName;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The adapter in one object: everything this module offers on one database schema.
 *
 * <pre>{@code
 * TimescaleStore store = TimescaleStore.of(dataSource);          // schema "backtester"
 * store.migrate();
 * store.prices().ingestCsv(Path.of("ORCL.csv"), "ORCL", "1d", CsvFormat.yahoo());
 * RunResult result = Backtest.of(strategy).run(store.provider("1d", TimeRange.ALL, List.of("ORCL")).loadAll());
 * UUID id = store.runs().save(description, result);
 * }</pre>
 *
 * Holds no connection and no global state: several stores on different data sources or schemas live
 * side by side. Thread-safe.
 */
public final class TimescaleStore {
    private final Database database;
    private final PriceIngestor prices;
    private final RunRepository runs;
    private final TrialRepository trials;
    private final IndicatorCache indicators;

    private TimescaleStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.prices = new PriceIngestor(database);
        this.runs = new RunRepository(database);
        this.trials = new TrialRepository(database);
        this.indicators = new IndicatorCache(database);
    }

    /** A store in schema {@code backtester} of the database behind {@code dataSource}. */
    public static TimescaleStore of(DataSource dataSource) {
        return new TimescaleStore(Database.of(dataSource));
    }

    /** A store in schema {@code schema} of the database behind {@code dataSource}. */
    public static TimescaleStore of(DataSource dataSource, SchemaName schema) {
        return new TimescaleStore(Database.of(dataSource, schema));
    }

    /** A store on {@code database}. */
    public static TimescaleStore of(Database database) {
        return new TimescaleStore(database);
    }

    /** Creates or upgrades the schema; a no-op when it is up to date. See {@link SchemaMigrator}. */
    public MigrationReport migrate() {
        return new SchemaMigrator(database).migrate();
    }

    /** Bulk ingest of bars. */
    public PriceIngestor prices() {
        return prices;
    }

    /** A data provider for the engine: {@code symbols} at {@code timeframe} within {@code range}. */
    public DatabaseDataProvider provider(String timeframe, TimeRange range, List<String> symbols) {
        return DatabaseDataProvider.of(database, timeframe, range, symbols);
    }

    /** Stored runs. */
    public RunRepository runs() {
        return runs;
    }

    /** Optimization trials, written from any number of threads. */
    public TrialRepository trials() {
        return trials;
    }

    /** The indicator cache. */
    public IndicatorCache indicators() {
        return indicators;
    }

    /** The database and schema this store works on. */
    public Database database() {
        return database;
    }

    @Override
    public String toString() {
        return "TimescaleStore[" + database.schema() + "]";
    }
}
