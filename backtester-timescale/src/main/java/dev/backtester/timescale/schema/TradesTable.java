package dev.backtester.timescale.schema;

import static dev.backtester.timescale.schema.Columns.TEXT;
import static dev.backtester.timescale.schema.Columns.column;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * {@code trades_v2}: one row per trade of a run. Dates and times are UTC. The design's columns come
 * first; the attribution columns the engine does not fill yet stay null. The columns after
 * {@link #MARKET_IMPACT} hold what the engine's {@code Trade} needs for an exact round trip.
 *
 * <p>The key is {@code (id, entry_date)}: on TimescaleDB this table is a hypertable on
 * {@code entry_date}, and a hypertable's unique keys must contain its time column.
 */
public final class TradesTable {
    /** Table name. */
    public static final String NAME = "trades_v2";

    /** Trade id. */
    public static final Field<UUID> ID = column("id",
            SQLDataType.UUID.notNull().defaultValue(DSL.function("gen_random_uuid", SQLDataType.UUID)));
    /** The run the trade belongs to. */
    public static final Field<UUID> RUN_ID = column("run_id", SQLDataType.UUID.notNull());
    /** Symbol traded. */
    public static final Field<String> SYMBOL = column("symbol", TEXT.notNull());
    /** {@code long} or {@code short}. */
    public static final Field<String> DIRECTION = column("direction", TEXT.notNull());
    /** UTC date of the entry fill. */
    public static final Field<LocalDate> ENTRY_DATE = column("entry_date", SQLDataType.LOCALDATE.notNull());
    /** Entry fill price. */
    public static final Field<Double> ENTRY_PRICE = column("entry_price", SQLDataType.DOUBLE.notNull());
    /** UTC time of day of the entry fill. */
    public static final Field<LocalTime> ENTRY_TIME = column("entry_time", SQLDataType.LOCALTIME);
    /** UTC date of the exit fill (the last bar's for an open trade). */
    public static final Field<LocalDate> EXIT_DATE = column("exit_date", SQLDataType.LOCALDATE);
    /** Exit fill price (the last close for an open trade). */
    public static final Field<Double> EXIT_PRICE = column("exit_price", SQLDataType.DOUBLE);
    /** UTC time of day of the exit fill. */
    public static final Field<LocalTime> EXIT_TIME = column("exit_time", SQLDataType.LOCALTIME);
    /** Shares held; fractional shares are allowed by the engine. */
    public static final Field<Double> SHARES = column("shares", SQLDataType.DOUBLE.notNull());
    /** Net PnL, after commission. */
    public static final Field<Double> PNL = column("pnl", SQLDataType.DOUBLE);
    /** Net return on the entry value. */
    public static final Field<Double> PNL_PCT = column("pnl_pct", SQLDataType.DOUBLE);
    /** Entry and exit commissions. */
    public static final Field<Double> COMMISSION_COST = column("commission_cost", SQLDataType.DOUBLE);
    /** Cost of slippage on entry and exit. */
    public static final Field<Double> SLIPPAGE_COST = column("slippage_cost", SQLDataType.DOUBLE);
    /** Borrowing cost of a short. */
    public static final Field<Double> BORROWING_COST = column("borrowing_cost", SQLDataType.DOUBLE);
    /** The signal that opened the trade. */
    public static final Field<JSONB> ENTRY_SIGNAL = column("entry_signal", SQLDataType.JSONB);
    /** Why the trade was closed. */
    public static final Field<String> EXIT_REASON = column("exit_reason", TEXT);
    /** Calendar days held. */
    public static final Field<Integer> HOLD_DAYS = column("hold_days", SQLDataType.INTEGER);
    /** Best unrealized PnL while open. */
    public static final Field<Double> MAX_FAVORABLE_EXCURSION = column("max_favorable_excursion",
            SQLDataType.DOUBLE);
    /** Worst unrealized PnL while open. */
    public static final Field<Double> MAX_ADVERSE_EXCURSION = column("max_adverse_excursion", SQLDataType.DOUBLE);
    /** Market regime when the trade was opened. */
    public static final Field<String> REGIME_AT_ENTRY = column("regime_at_entry", TEXT);
    /** Confidence of the regime classification. */
    public static final Field<Double> REGIME_CONFIDENCE = column("regime_confidence", SQLDataType.DOUBLE);
    /** Volatility at entry. */
    public static final Field<Double> VOLATILITY_AT_ENTRY = column("volatility_at_entry", SQLDataType.DOUBLE);
    /** Volume at entry. */
    public static final Field<Double> VOLUME_AT_ENTRY = column("volume_at_entry", SQLDataType.DOUBLE);
    /** Position size as a fraction of equity. */
    public static final Field<Double> POSITION_SIZE_PCT = column("position_size_pct", SQLDataType.DOUBLE);
    /** Total exposure when the trade was opened. */
    public static final Field<Double> PORTFOLIO_HEAT = column("portfolio_heat", SQLDataType.DOUBLE);
    /** Account drawdown when the trade was opened. */
    public static final Field<Double> DRAWDOWN_AT_ENTRY = column("drawdown_at_entry", SQLDataType.DOUBLE);
    /** How realistic the fill was. */
    public static final Field<Double> FILL_QUALITY_SCORE = column("fill_quality_score", SQLDataType.DOUBLE);
    /** Estimated market impact. */
    public static final Field<Double> MARKET_IMPACT = column("market_impact", SQLDataType.DOUBLE);
    /** Position of the trade in the run's trade list, from 0. */
    public static final Field<Integer> TRADE_INDEX = column("trade_index", SQLDataType.INTEGER.notNull());
    /** Entry fill time, UTC epoch ms. */
    public static final Field<Long> ENTRY_TIME_MS = column("entry_time_ms", SQLDataType.BIGINT.notNull());
    /** Exit fill time, UTC epoch ms. */
    public static final Field<Long> EXIT_TIME_MS = column("exit_time_ms", SQLDataType.BIGINT);
    /** PnL before commission. */
    public static final Field<Double> GROSS_PNL = column("gross_pnl", SQLDataType.DOUBLE);
    /** Index of the entry fill bar. */
    public static final Field<Integer> ENTRY_BAR = column("entry_bar", SQLDataType.INTEGER);
    /** Index of the exit fill bar. */
    public static final Field<Integer> EXIT_BAR = column("exit_bar", SQLDataType.INTEGER);
    /** True when the position was still open at the end of the run. */
    public static final Field<Boolean> IS_OPEN = column("is_open",
            SQLDataType.BOOLEAN.notNull().defaultValue(DSL.inline(false)));

    private TradesTable() {
    }

    // Version 3: exact columns for the attribution fields the engine records.

    /** The engine's trade id within its run. */
    public static final Field<Long> TRADE_ID = column("trade_id", SQLDataType.BIGINT);

    /** Cash dividends received (long) or paid (short) while the trade was open. */
    public static final Field<Double> DIVIDENDS = column("dividends", SQLDataType.DOUBLE);

    /** Name of the rule that triggered the entry; {@code entry_signal} holds the same as JSON for SQL users. */
    public static final Field<String> ENTRY_SIGNAL_RULE = column("entry_signal_rule", TEXT);

    /** Names of the series recorded with the entry signal. */
    public static final Field<String[]> ENTRY_SIGNAL_NAMES = column("entry_signal_names",
            SQLDataType.VARCHAR.getArrayDataType());

    /** Values of those series at the decision bar, exactly (NaN kept). */
    public static final Field<Double[]> ENTRY_SIGNAL_VALUES = column("entry_signal_values",
            SQLDataType.DOUBLE.getArrayDataType());
}
