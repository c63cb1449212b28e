package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.KEY_TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code prices_v2}: one bar per (symbol, timeframe, bar-end time). Prices and volume are
 * {@code double precision} so bars read back bit-identical to what was written.
 */
public final class PricesTable {
    /** Table name. */
    public static final String NAME = "prices_v2";

    /** Symbol, e.g. {@code ORCL}. */
    public static final Field<String> SYMBOL = column("symbol", KEY_TEXT.notNull());
    /** Bar-end time (millisecond precision in practice). */
    public static final Field<Instant> TIMESTAMP = column("timestamp", SQLDataType.INSTANT.notNull());
    /** Timeframe label, e.g. {@code 1d}, {@code 5m}. */
    public static final Field<String> TIMEFRAME = column("timeframe", KEY_TEXT.notNull());
    /** Open price. */
    public static final Field<Double> OPEN = column("open", SQLDataType.DOUBLE);
    /** High price. */
    public static final Field<Double> HIGH = column("high", SQLDataType.DOUBLE);
    /** Low price. */
    public static final Field<Double> LOW = column("low", SQLDataType.DOUBLE);
    /** Close price. */
    public static final Field<Double> CLOSE = column("close", SQLDataType.DOUBLE);
    /** Volume; fractional volumes (crypto, FX) are kept exactly. */
    public static final Field<Double> VOLUME = column("volume", SQLDataType.DOUBLE);
    /** Close adjusted for splits and dividends, when the source has it. */
    public static final Field<Double> ADJ_CLOSE = column("adj_close", SQLDataType.DOUBLE);
    /** Split factor of the bar (design column; 1 when no split). */
    public static final Field<Double> SPLIT_FACTOR = column("split_factor",
            SQLDataType.DOUBLE.defaultValue(DSL.inline(1.0)));
    /** Dividend paid on the bar (design column; 0 when none). */
    public static final Field<Double> DIVIDEND = column("dividend",
            SQLDataType.DOUBLE.defaultValue(DSL.inline(0.0)));

    private PricesTable() {
    }
}
