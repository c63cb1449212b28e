package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.column;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/** {@code run_cash_flows} (not in the design): a run's totals of costs and income, one row per run. */
public final class CashFlowsTable {
    /** Table name. */
    public static final String NAME = "run_cash_flows";

    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    public static final Field<Double> COMMISSION = column("commission", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> SLIPPAGE = column("slippage", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> MARKET_IMPACT = column("market_impact", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> BORROW_FEES = column("borrow_fees", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> DIVIDENDS = column("dividends", SQLDataType.DOUBLE.notNull());
    public static final Field<Double> INTEREST = column("interest", SQLDataType.DOUBLE.notNull());

    private CashFlowsTable() {
    }
}
