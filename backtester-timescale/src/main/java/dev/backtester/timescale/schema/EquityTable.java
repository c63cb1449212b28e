package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.column;

import java.time.Instant;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/** {@code run_equity_curve} (not in the design): equity and cash of a run per bar time. */
public final class EquityTable {
    /** Table name. */
    public static final String NAME = "run_equity_curve";

    /** The run. */
    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** Position of the point in the curve, from 0. */
    public static final Field<Integer> POINT_INDEX = column("point_index", SQLDataType.INTEGER.notNull());
    /** Bar-end time of the point. */
    public static final Field<Instant> TIMESTAMP = column("timestamp", SQLDataType.INSTANT.notNull());
    /** Equity marked at the bar's close. */
    public static final Field<Double> EQUITY = column("equity", SQLDataType.DOUBLE.notNull());
    /** Cash at the bar's close. */
    public static final Field<Double> CASH = column("cash", SQLDataType.DOUBLE.notNull());

    private EquityTable() {
    }
}
