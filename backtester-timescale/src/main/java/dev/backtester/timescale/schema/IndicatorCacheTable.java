package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.KEY_TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * {@code indicator_cache}: indicator values per (symbol, timeframe, indicator, config hash, data hash,
 * bar time). The data hash identifies the price series the values were computed on.
 */
public final class IndicatorCacheTable {
    /** Table name. */
    public static final String NAME = "indicator_cache";

    /** Symbol. */
    public static final Field<String> SYMBOL = column("symbol", KEY_TEXT.notNull());
    /** Timeframe label. */
    public static final Field<String> TIMEFRAME = column("timeframe", KEY_TEXT.notNull());
    /** Indicator name, e.g. {@code sma}. */
    public static final Field<String> INDICATOR_NAME = column("indicator_name", KEY_TEXT.notNull());
    /** Hash of the indicator's parameters. */
    public static final Field<String> CONFIG_HASH = column("config_hash", KEY_TEXT.notNull());
    /** Hash of the price series the values were computed on. */
    public static final Field<String> DATA_HASH = column("data_hash", KEY_TEXT.notNull());
    /** Bar-end time of the value. */
    public static final Field<Instant> TIMESTAMP = column("timestamp", SQLDataType.INSTANT.notNull());
    /** The value; NaN during warm-up. */
    public static final Field<Double> VALUE = column("value", SQLDataType.DOUBLE);
    /** Free-form metadata (design column, unused by the library). */
    public static final Field<JSONB> METADATA = column("metadata", SQLDataType.JSONB);

    private IndicatorCacheTable() {
    }
}
