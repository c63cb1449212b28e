package dev.backtester.timescale.schema;

/**
 * Version 3: the two trade fields of the execution layer that {@code trades_v2} has no column for:
 * the engine's trade id (order events refer to it) and the dividends of the trade.
 */
final class V3TradeExecution implements Migration {

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "trades_v2: engine_trade_id, dividends";
    }

    @Override
    public void apply(MigrationContext context) {
        context.dsl().alterTable(context.table(TradesTable.NAME)).addColumnIfNotExists(TradesTable.ENGINE_TRADE_ID)
                .execute();
        context.dsl().alterTable(context.table(TradesTable.NAME)).addColumnIfNotExists(TradesTable.DIVIDENDS).execute();
    }
}
