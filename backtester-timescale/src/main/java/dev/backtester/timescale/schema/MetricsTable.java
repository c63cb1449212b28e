package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.column;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * {@code run_metrics} (not in the design): the engine's {@code Metrics} of a completed run, one
 * column per field. NaN and infinities are stored as such.
 */
public final class MetricsTable {
    /** Table name. */
    public static final String NAME = "run_metrics";

    /** The run. */
    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** Starting equity. */
    public static final Field<Double> INITIAL_CAPITAL = column("initial_capital", SQLDataType.DOUBLE.notNull());
    /** Equity at the last bar. */
    public static final Field<Double> FINAL_EQUITY = column("final_equity", SQLDataType.DOUBLE.notNull());
    /** Total return. */
    public static final Field<Double> TOTAL_RETURN = column("total_return", SQLDataType.DOUBLE.notNull());
    /** Compound annual growth rate. */
    public static final Field<Double> CAGR = column("cagr", SQLDataType.DOUBLE.notNull());
    /** Annualized volatility. */
    public static final Field<Double> ANNUAL_VOLATILITY = column("annual_volatility", SQLDataType.DOUBLE.notNull());
    /** Sharpe ratio. */
    public static final Field<Double> SHARPE = column("sharpe", SQLDataType.DOUBLE.notNull());
    /** Sortino ratio. */
    public static final Field<Double> SORTINO = column("sortino", SQLDataType.DOUBLE.notNull());
    /** Largest drawdown. */
    public static final Field<Double> MAX_DRAWDOWN = column("max_drawdown", SQLDataType.DOUBLE.notNull());
    /** Longest drawdown in bars. */
    public static final Field<Integer> MAX_DRAWDOWN_BARS = column("max_drawdown_bars", SQLDataType.INTEGER.notNull());
    /** Longest drawdown in milliseconds. */
    public static final Field<Long> MAX_DRAWDOWN_MILLIS = column("max_drawdown_millis", SQLDataType.BIGINT.notNull());
    /** Winning closed trades / closed trades. */
    public static final Field<Double> WIN_RATE = column("win_rate", SQLDataType.DOUBLE.notNull());
    /** Gross profits / gross losses. */
    public static final Field<Double> PROFIT_FACTOR = column("profit_factor", SQLDataType.DOUBLE.notNull());
    /** Mean net PnL per closed trade. */
    public static final Field<Double> EXPECTANCY = column("expectancy", SQLDataType.DOUBLE.notNull());
    /** Fraction of bars with a position open. */
    public static final Field<Double> EXPOSURE = column("exposure", SQLDataType.DOUBLE.notNull());
    /** Closed trades. */
    public static final Field<Integer> TRADE_COUNT = column("trade_count", SQLDataType.INTEGER.notNull());
    /** Trades open at the end. */
    public static final Field<Integer> OPEN_TRADES = column("open_trades", SQLDataType.INTEGER.notNull());
    /** Mean bars held per closed trade. */
    public static final Field<Double> AVERAGE_HOLDING_BARS = column("average_holding_bars",
            SQLDataType.DOUBLE.notNull());
    /** Bars per year used to annualize. */
    public static final Field<Double> PERIODS_PER_YEAR = column("periods_per_year", SQLDataType.DOUBLE.notNull());
    /** Annual risk-free rate. */
    public static final Field<Double> RISK_FREE_RATE = column("risk_free_rate", SQLDataType.DOUBLE.notNull());

    private MetricsTable() {
    }
}
