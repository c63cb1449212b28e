package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.column;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/** {@code run_order_events} (not in the design): every order event of a run, in order. */
public final class OrderEventsTable {
    /** Table name. */
    public static final String NAME = "run_order_events";

    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** Position of the event in the run's log, from 0. */
    public static final Field<Integer> EVENT_INDEX = column("event_index", SQLDataType.INTEGER.notNull());
    public static final Field<Long> ORDER_ID = column("order_id", SQLDataType.BIGINT.notNull());
    public static final Field<Long> TRADE_ID = column("trade_id", SQLDataType.BIGINT.notNull());
    public static final Field<String> SYMBOL = column("symbol", SQLDataType.CLOB.notNull());
    public static final Field<Integer> BAR = column("bar", SQLDataType.INTEGER.notNull());
    public static final Field<Long> TIME_MS = column("time_ms", SQLDataType.BIGINT.notNull());
    public static final Field<String> KIND = column("kind", SQLDataType.CLOB.notNull());
    public static final Field<String> ROLE = column("role", SQLDataType.CLOB.notNull());
    public static final Field<String> ORDER_TYPE = column("order_type", SQLDataType.CLOB.notNull());
    public static final Field<String> SIDE = column("side", SQLDataType.CLOB.notNull());
    public static final Field<Double> QUANTITY = column("quantity", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> SHARES = column("shares", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> FILLED = column("filled", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> PRICE = column("price", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> COMMISSION = column("commission", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> SLIPPAGE = column("slippage", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> IMPACT = column("impact", SQLDataType.DOUBLE.notNull());
    public static final Field<String> REASON = column("reason", SQLDataType.CLOB.notNull());
    public static final Field<String> DETAIL = column("detail", SQLDataType.CLOB.notNull());

    private OrderEventsTable() {
    }
}
