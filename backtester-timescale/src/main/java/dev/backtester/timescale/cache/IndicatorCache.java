package dev.backtester.timescale.cache;

import static dev.backtester.timescale.schema.IndicatorCacheTable.CONFIG_HASH;
import static dev.backtester.timescale.schema.IndicatorCacheTable.DATA_HASH;
import static dev.backtester.timescale.schema.IndicatorCacheTable.INDICATOR_NAME;
import static dev.backtester.timescale.schema.IndicatorCacheTable.SYMBOL;
import static dev.backtester.timescale.schema.IndicatorCacheTable.TIMEFRAME;
import static dev.backtester.timescale.schema.IndicatorCacheTable.TIMESTAMP;
import static dev.backtester.timescale.schema.IndicatorCacheTable.VALUE;

import dev.backtester.timescale.schema.AdvisoryLocks;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.EpochMillis;
import dev.backtester.timescale.schema.IndicatorCacheTable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indicator values kept in {@code indicator_cache}, one row per (key, bar time).
 *
 * <p>The key includes the hash of the price data the values were computed on, so values are reused
 * only for exactly the same prices: after prices change, the caller's new data hash finds nothing and
 * the indicator is computed afresh. Values come back bit-identical, NaN warm-up included. Thread-safe;
 * concurrent puts of the same key are serialized by an advisory lock.
 */
public final class IndicatorCache {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorCache.class);
    /** Rows per INSERT statement: 7 bind values each. */
    private static final int CHUNK = 4000;
    private static final Field<Long> TIME_MS = EpochMillis.of(TIMESTAMP);

    private final Database database;

    /** A cache in {@code database}'s {@code indicator_cache}. */
    public IndicatorCache(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * The cached values of {@code key} at {@code times}, aligned with them; empty unless a value is
     * stored for every one of the times.
     *
     * @param times bar times, UTC epoch ms, strictly increasing
     */
    public Optional<double[]> get(IndicatorKey key, long[] times) {
        Objects.requireNonNull(key, "key");
        requireIncreasing(times);
        if (times.length == 0) {
            return Optional.of(new double[0]);
        }
        Result<Record2<Long, Double>> rows = database.dsl().select(TIME_MS, VALUE).from(table())
                .where(matches(key))
                .and(TIMESTAMP.between(Instant.ofEpochMilli(times[0]), Instant.ofEpochMilli(times[times.length - 1])))
                .orderBy(TIMESTAMP).fetch();
        double[] values = new double[times.length];
        int row = 0;
        for (int i = 0; i < times.length; i++) {
            while (row < rows.size() && rows.get(row).value1() < times[i]) {
                row++;
            }
            if (row == rows.size() || rows.get(row).value1() != times[i]) {
                LOG.atDebug().setMessage("indicator cache miss").addKeyValue("indicator", key.indicatorName())
                        .addKeyValue("symbol", key.symbol()).log();
                return Optional.empty();
            }
            Double value = rows.get(row).value2();
            values[i] = value == null ? Double.NaN : value;
        }
        return Optional.of(values);
    }

    /**
     * Stores {@code values} at {@code times} under {@code key}, replacing whatever the key held, in one
     * transaction.
     *
     * @param times bar times, UTC epoch ms, strictly increasing
     * @throws IllegalArgumentException if the arrays differ in length or the times are not increasing
     */
    public void put(IndicatorKey key, long[] times, double[] values) {
        Objects.requireNonNull(key, "key");
        requireIncreasing(times);
        if (values.length != times.length) {
            throw new IllegalArgumentException(values.length + " values for " + times.length + " times");
        }
        database.dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            AdvisoryLocks.lock(tx, AdvisoryLocks.key("dev.backtester.timescale.cache", database.schema().value(),
                    key.symbol(), key.timeframe(), key.indicatorName(), key.configHash(), key.dataHash()));
            tx.deleteFrom(table()).where(matches(key)).execute();
            for (int from = 0; from < times.length; from += CHUNK) {
                InsertValuesStep7<Record, String, String, String, String, String, Instant, Double> insert =
                        tx.insertInto(table(), SYMBOL, TIMEFRAME, INDICATOR_NAME, CONFIG_HASH, DATA_HASH, TIMESTAMP, VALUE);
                int to = Math.min(times.length, from + CHUNK);
                for (int i = from; i < to; i++) {
                    insert = insert.values(key.symbol(), key.timeframe(), key.indicatorName(), key.configHash(),
                            key.dataHash(), Instant.ofEpochMilli(times[i]), values[i]);
                }
                insert.execute();
            }
        });
    }

    /** Drops every cached indicator of {@code symbol} at {@code timeframe}; returns the rows removed. */
    public int remove(String symbol, String timeframe) {
        return database.dsl().deleteFrom(table()).where(SYMBOL.eq(symbol)).and(TIMEFRAME.eq(timeframe)).execute();
    }

    private static Condition matches(IndicatorKey key) {
        return SYMBOL.eq(key.symbol()).and(TIMEFRAME.eq(key.timeframe())).and(INDICATOR_NAME.eq(key.indicatorName()))
                .and(CONFIG_HASH.eq(key.configHash())).and(DATA_HASH.eq(key.dataHash()));
    }

    private Table<Record> table() {
        return database.table(IndicatorCacheTable.NAME);
    }

    private static void requireIncreasing(long[] times) {
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times must be strictly increasing: " + times[i] + " at index " + i
                        + " follows " + times[i - 1]);
            }
        }
    }
}
