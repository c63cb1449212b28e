package dev.backtester.timescale.schema;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Version 1: the tables of the original design (prices_v2, strategy_runs_v2, trades_v2,
 * walkforward_results, optimization_trials, indicator_cache), with {@code double precision} in place
 * of {@code decimal} and the extra columns exact round trips need. On TimescaleDB, prices_v2 and
 * trades_v2 become hypertables and compression is enabled where the edition allows it.
 */
final class V1DesignTables implements Migration {

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "design tables: prices_v2, strategy_runs_v2, trades_v2, walkforward_results,"
                + " optimization_trials, indicator_cache";
    }

    @Override
    public void apply(MigrationContext context) {
        Table<Record> runs = createRuns(context);
        createTrades(context, runs);
        createWalkForward(context, runs);
        createTrials(context, runs);
        createPrices(context);
        createIndicatorCache(context);
    }

    private static Table<Record> createRuns(MigrationContext context) {
        DSLContext dsl = context.dsl();
        Table<Record> runs = context.table(RunsTable.NAME);
        dsl.createTableIfNotExists(runs)
                .columns(RunsTable.ID, RunsTable.STRATEGY_NAME, RunsTable.STRATEGY_VERSION, RunsTable.STRATEGY_HASH,
                        RunsTable.PARAM_HASH, RunsTable.PARAM_YAML, RunsTable.RUN_TYPE, RunsTable.PARENT_RUN_ID,
                        RunsTable.UNIVERSE_NAME, RunsTable.START_DATE, RunsTable.END_DATE, RunsTable.INITIAL_CAPITAL,
                        RunsTable.STATUS, RunsTable.CREATED_AT, RunsTable.COMPLETED_AT, RunsTable.DURATION_SECONDS,
                        RunsTable.SYMBOLS_PROCESSED, RunsTable.TRADES_COUNT, RunsTable.ERROR_MESSAGE,
                        RunsTable.METADATA, RunsTable.ENGINE_RUN_ID, RunsTable.SYMBOLS, RunsTable.FILL_MODEL,
                        RunsTable.SAME_BAR_FILLS, RunsTable.FIRST_BAR_MS, RunsTable.LAST_BAR_MS,
                        RunsTable.BARS_PROCESSED, RunsTable.ELAPSED_NANOS, RunsTable.LIBRARY_VERSION)
                .constraints(
                        constraint(name("strategy_runs_v2_pkey")).primaryKey(RunsTable.ID),
                        constraint(name("strategy_runs_v2_parent_fkey")).foreignKey(RunsTable.PARENT_RUN_ID)
                                .references(runs, RunsTable.ID))
                .execute();
        dsl.createIndexIfNotExists(name("strategy_runs_v2_strategy_idx"))
                .on(runs, RunsTable.STRATEGY_NAME, RunsTable.STRATEGY_VERSION).execute();
        dsl.createIndexIfNotExists(name("strategy_runs_v2_hash_idx")).on(runs, RunsTable.STRATEGY_HASH).execute();
        dsl.createIndexIfNotExists(name("strategy_runs_v2_created_idx")).on(runs, RunsTable.CREATED_AT).execute();
        dsl.createIndexIfNotExists(name("strategy_runs_v2_parent_idx")).on(runs, RunsTable.PARENT_RUN_ID).execute();
        return runs;
    }

    private static void createTrades(MigrationContext context, Table<Record> runs) {
        DSLContext dsl = context.dsl();
        Table<Record> trades = context.table(TradesTable.NAME);
        dsl.createTableIfNotExists(trades)
                .columns(TradesTable.ID, TradesTable.RUN_ID, TradesTable.SYMBOL, TradesTable.DIRECTION,
                        TradesTable.ENTRY_DATE, TradesTable.ENTRY_PRICE, TradesTable.ENTRY_TIME,
                        TradesTable.EXIT_DATE, TradesTable.EXIT_PRICE, TradesTable.EXIT_TIME, TradesTable.SHARES,
                        TradesTable.PNL, TradesTable.PNL_PCT, TradesTable.COMMISSION_COST, TradesTable.SLIPPAGE_COST,
                        TradesTable.BORROWING_COST, TradesTable.ENTRY_SIGNAL, TradesTable.EXIT_REASON,
                        TradesTable.HOLD_DAYS, TradesTable.MAX_FAVORABLE_EXCURSION, TradesTable.MAX_ADVERSE_EXCURSION,
                        TradesTable.REGIME_AT_ENTRY, TradesTable.REGIME_CONFIDENCE, TradesTable.VOLATILITY_AT_ENTRY,
                        TradesTable.VOLUME_AT_ENTRY, TradesTable.POSITION_SIZE_PCT, TradesTable.PORTFOLIO_HEAT,
                        TradesTable.DRAWDOWN_AT_ENTRY, TradesTable.FILL_QUALITY_SCORE, TradesTable.MARKET_IMPACT,
                        TradesTable.TRADE_INDEX, TradesTable.ENTRY_TIME_MS, TradesTable.EXIT_TIME_MS,
                        TradesTable.GROSS_PNL, TradesTable.ENTRY_BAR, TradesTable.EXIT_BAR, TradesTable.IS_OPEN)
                .constraints(
                        // a hypertable's unique keys must contain its time column, entry_date
                        constraint(name("trades_v2_pkey")).primaryKey(TradesTable.ID, TradesTable.ENTRY_DATE),
                        constraint(name("trades_v2_run_trade_key"))
                                .unique(TradesTable.RUN_ID, TradesTable.TRADE_INDEX, TradesTable.ENTRY_DATE),
                        // pointing from a hypertable at a plain table is allowed; the reverse is not
                        constraint(name("trades_v2_run_fkey")).foreignKey(TradesTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade(),
                        constraint(name("trades_v2_direction_check"))
                                .check(TradesTable.DIRECTION.in(inline("long"), inline("short"))))
                .execute();
        dsl.createIndexIfNotExists(name("trades_v2_run_idx")).on(trades, TradesTable.RUN_ID).execute();
        context.hypertable(trades, TradesTable.ENTRY_DATE, "1 year");
        // every column of a unique key must be a segment-by or order-by column of the compression
        context.compression(trades, "run_id", "entry_date, trade_index, id");
    }

    private static void createWalkForward(MigrationContext context, Table<Record> runs) {
        Table<Record> windows = context.table(WalkForwardTable.NAME);
        context.dsl().createTableIfNotExists(windows)
                .columns(WalkForwardTable.ID, WalkForwardTable.PARENT_RUN_ID, WalkForwardTable.WINDOW_START,
                        WalkForwardTable.WINDOW_END, WalkForwardTable.TRAIN_START, WalkForwardTable.TRAIN_END,
                        WalkForwardTable.TEST_START, WalkForwardTable.TEST_END, WalkForwardTable.OPTIMAL_PARAMS,
                        WalkForwardTable.IS_METRICS, WalkForwardTable.OOS_METRICS, WalkForwardTable.DEGRADATION_PCT,
                        WalkForwardTable.TRADES_COUNT, WalkForwardTable.CREATED_AT, WalkForwardTable.WINDOW_INDEX)
                .constraints(
                        constraint(name("walkforward_results_pkey")).primaryKey(WalkForwardTable.ID),
                        constraint(name("walkforward_results_window_key"))
                                .unique(WalkForwardTable.PARENT_RUN_ID, WalkForwardTable.WINDOW_INDEX),
                        constraint(name("walkforward_results_parent_fkey")).foreignKey(WalkForwardTable.PARENT_RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
    }

    private static void createTrials(MigrationContext context, Table<Record> runs) {
        DSLContext dsl = context.dsl();
        Table<Record> trials = context.table(TrialsTable.NAME);
        dsl.createTableIfNotExists(trials)
                .columns(TrialsTable.ID, TrialsTable.RUN_ID, TrialsTable.TRIAL_NUMBER, TrialsTable.PARAMS,
                        TrialsTable.PARAM_HASH, TrialsTable.OBJECTIVE_VALUE, TrialsTable.METRICS,
                        TrialsTable.OVERFITTING_SCORE, TrialsTable.COMPLETED_AT)
                .constraints(
                        constraint(name("optimization_trials_pkey")).primaryKey(TrialsTable.ID),
                        // concurrent writers of the same trial: the second one is rejected, not duplicated
                        constraint(name("optimization_trials_run_trial_key"))
                                .unique(TrialsTable.RUN_ID, TrialsTable.TRIAL_NUMBER),
                        constraint(name("optimization_trials_run_fkey")).foreignKey(TrialsTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
        dsl.createIndexIfNotExists(name("optimization_trials_param_hash_idx"))
                .on(trials, TrialsTable.RUN_ID, TrialsTable.PARAM_HASH).execute();
    }

    private static void createPrices(MigrationContext context) {
        Table<Record> prices = context.table(PricesTable.NAME);
        context.dsl().createTableIfNotExists(prices)
                .columns(PricesTable.SYMBOL, PricesTable.TIMESTAMP, PricesTable.TIMEFRAME, PricesTable.OPEN,
                        PricesTable.HIGH, PricesTable.LOW, PricesTable.CLOSE, PricesTable.VOLUME, PricesTable.ADJ_CLOSE,
                        PricesTable.SPLIT_FACTOR, PricesTable.DIVIDEND)
                .constraints(constraint(name("prices_v2_pkey"))
                        .primaryKey(PricesTable.SYMBOL, PricesTable.TIMEFRAME, PricesTable.TIMESTAMP))
                .execute();
        context.hypertable(prices, PricesTable.TIMESTAMP, "90 days");
        context.spaceDimension(prices, PricesTable.SYMBOL, 4);
        // the key (symbol, timeframe, timestamp) is covered: segments by symbol and timeframe, ordered by time
        context.compression(prices, "symbol, timeframe", "\"timestamp\" DESC");
    }

    private static void createIndicatorCache(MigrationContext context) {
        context.dsl().createTableIfNotExists(context.table(IndicatorCacheTable.NAME))
                .columns(IndicatorCacheTable.SYMBOL, IndicatorCacheTable.TIMEFRAME, IndicatorCacheTable.INDICATOR_NAME,
                        IndicatorCacheTable.CONFIG_HASH, IndicatorCacheTable.DATA_HASH, IndicatorCacheTable.TIMESTAMP,
                        IndicatorCacheTable.VALUE, IndicatorCacheTable.METADATA)
                .constraints(constraint(name("indicator_cache_pkey")).primaryKey(IndicatorCacheTable.SYMBOL,
                        IndicatorCacheTable.TIMEFRAME, IndicatorCacheTable.INDICATOR_NAME,
                        IndicatorCacheTable.CONFIG_HASH, IndicatorCacheTable.DATA_HASH, IndicatorCacheTable.TIMESTAMP))
                .execute();
    }
}
