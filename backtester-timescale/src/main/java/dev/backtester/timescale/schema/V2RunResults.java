package dev.backtester.timescale.schema;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.name;

import org.jooq.Record;
import org.jooq.Table;

/** Version 2: what the design did not store of a run: its equity curve and its metrics. */
final class V2RunResults implements Migration {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "run results: run_equity_curve, run_metrics";
    }

    @Override
    public void apply(MigrationContext context) {
        Table<Record> runs = context.table(RunsTable.NAME);
        context.dsl().createTableIfNotExists(context.table(EquityTable.NAME))
                .columns(EquityTable.RUN_ID, EquityTable.POINT_INDEX, EquityTable.TIMESTAMP, EquityTable.EQUITY,
                        EquityTable.CASH)
                .constraints(
                        constraint(name("run_equity_curve_pkey")).primaryKey(EquityTable.RUN_ID, EquityTable.POINT_INDEX),
                        constraint(name("run_equity_curve_run_fkey")).foreignKey(EquityTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
        context.dsl().createTableIfNotExists(context.table(MetricsTable.NAME))
                .columns(MetricsTable.RUN_ID, MetricsTable.INITIAL_CAPITAL, MetricsTable.FINAL_EQUITY,
                        MetricsTable.TOTAL_RETURN, MetricsTable.CAGR, MetricsTable.ANNUAL_VOLATILITY, MetricsTable.SHARPE,
                        MetricsTable.SORTINO, MetricsTable.MAX_DRAWDOWN, MetricsTable.MAX_DRAWDOWN_BARS,
                        MetricsTable.MAX_DRAWDOWN_MILLIS, MetricsTable.WIN_RATE, MetricsTable.PROFIT_FACTOR,
                        MetricsTable.EXPECTANCY, MetricsTable.EXPOSURE, MetricsTable.TRADE_COUNT, MetricsTable.OPEN_TRADES,
                        MetricsTable.AVERAGE_HOLDING_BARS, MetricsTable.PERIODS_PER_YEAR, MetricsTable.RISK_FREE_RATE)
                .constraints(
                        constraint(name("run_metrics_pkey")).primaryKey(MetricsTable.RUN_ID),
                        constraint(name("run_metrics_run_fkey")).foreignKey(MetricsTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
    }
}
