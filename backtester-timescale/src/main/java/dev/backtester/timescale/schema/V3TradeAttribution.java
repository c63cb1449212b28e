package dev.backtester.timescale.schema;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.name;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Version 3: what the execution engine records. Adds exact trade columns for the trade id,
 * dividends and the entry signal (rule, series names, values as float8[] so NaN and every bit
 * survive), widens {@code volume_at_entry} to double precision because bar volume need not be
 * whole, and adds the run tables {@code run_order_events} and {@code run_cash_flows}.
 */
final class V3TradeAttribution implements Migration {

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "execution results: trade attribution columns, run_order_events, run_cash_flows";
    }

    @Override
    public void apply(MigrationContext context) {
        Table<Record> trades = context.table(TradesTable.NAME);
        for (Field<?> column : new Field<?>[] {TradesTable.TRADE_ID, TradesTable.DIVIDENDS,
                TradesTable.ENTRY_SIGNAL_RULE, TradesTable.ENTRY_SIGNAL_NAMES, TradesTable.ENTRY_SIGNAL_VALUES}) {
            context.dsl().alterTable(trades).addColumnIfNotExists(column).execute();
        }
        context.dsl().alterTable(trades).alter(TradesTable.VOLUME_AT_ENTRY.getUnqualifiedName())
                .set(SQLDataType.DOUBLE).execute();
        Table<Record> runs = context.table(RunsTable.NAME);
        context.dsl().createTableIfNotExists(context.table(OrderEventsTable.NAME))
                .columns(OrderEventsTable.RUN_ID, OrderEventsTable.EVENT_INDEX, OrderEventsTable.ORDER_ID,
                        OrderEventsTable.TRADE_ID, OrderEventsTable.SYMBOL, OrderEventsTable.BAR, OrderEventsTable.TIME_MS,
                        OrderEventsTable.KIND, OrderEventsTable.ROLE, OrderEventsTable.ORDER_TYPE, OrderEventsTable.SIDE,
                        OrderEventsTable.QUANTITY, OrderEventsTable.SHARES, OrderEventsTable.FILLED, OrderEventsTable.PRICE,
                        OrderEventsTable.COMMISSION, OrderEventsTable.SLIPPAGE, OrderEventsTable.IMPACT,
                        OrderEventsTable.REASON, OrderEventsTable.DETAIL)
                .constraints(
                        constraint(name("run_order_events_pkey")).primaryKey(OrderEventsTable.RUN_ID,
                                OrderEventsTable.EVENT_INDEX),
                        constraint(name("run_order_events_run_fkey")).foreignKey(OrderEventsTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
        context.dsl().createTableIfNotExists(context.table(CashFlowsTable.NAME))
                .columns(CashFlowsTable.RUN_ID, CashFlowsTable.COMMISSION, CashFlowsTable.SLIPPAGE,
                        CashFlowsTable.MARKET_IMPACT, CashFlowsTable.BORROW_FEES, CashFlowsTable.DIVIDENDS,
                        CashFlowsTable.INTEREST)
                .constraints(
                        constraint(name("run_cash_flows_pkey")).primaryKey(CashFlowsTable.RUN_ID),
                        constraint(name("run_cash_flows_run_fkey")).foreignKey(CashFlowsTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
    }
}
