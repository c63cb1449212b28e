package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.MetricsTable.ANNUAL_VOLATILITY;
import static dev.backtester.timescale.schema.MetricsTable.AVERAGE_HOLDING_BARS;
import static dev.backtester.timescale.schema.MetricsTable.CAGR;
import static dev.backtester.timescale.schema.MetricsTable.EXPECTANCY;
import static dev.backtester.timescale.schema.MetricsTable.EXPOSURE;
import static dev.backtester.timescale.schema.MetricsTable.FINAL_EQUITY;
import static dev.backtester.timescale.schema.MetricsTable.INITIAL_CAPITAL;
import static dev.backtester.timescale.schema.MetricsTable.MAX_DRAWDOWN;
import static dev.backtester.timescale.schema.MetricsTable.MAX_DRAWDOWN_BARS;
import static dev.backtester.timescale.schema.MetricsTable.MAX_DRAWDOWN_MILLIS;
import static dev.backtester.timescale.schema.MetricsTable.OPEN_TRADES;
import static dev.backtester.timescale.schema.MetricsTable.PERIODS_PER_YEAR;
import static dev.backtester.timescale.schema.MetricsTable.PROFIT_FACTOR;
import static dev.backtester.timescale.schema.MetricsTable.RISK_FREE_RATE;
import static dev.backtester.timescale.schema.MetricsTable.RUN_ID;
import static dev.backtester.timescale.schema.MetricsTable.SHARPE;
import static dev.backtester.timescale.schema.MetricsTable.SORTINO;
import static dev.backtester.timescale.schema.MetricsTable.TOTAL_RETURN;
import static dev.backtester.timescale.schema.MetricsTable.TRADE_COUNT;
import static dev.backtester.timescale.schema.MetricsTable.WIN_RATE;

import dev.backtester.api.result.Metrics;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.MetricsTable;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Maps {@link Metrics} to its {@code run_metrics} row, one column per field, and back. */
final class MetricsRows {
    private MetricsRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, Metrics m) {
        tx.insertInto(database.table(MetricsTable.NAME))
                .set(RUN_ID, runId)
                .set(INITIAL_CAPITAL, m.initialCapital())
                .set(FINAL_EQUITY, m.finalEquity())
                .set(TOTAL_RETURN, m.totalReturn())
                .set(CAGR, m.cagr())
                .set(ANNUAL_VOLATILITY, m.annualVolatility())
                .set(SHARPE, m.sharpe())
                .set(SORTINO, m.sortino())
                .set(MAX_DRAWDOWN, m.maxDrawdown())
                .set(MAX_DRAWDOWN_BARS, m.maxDrawdownBars())
                .set(MAX_DRAWDOWN_MILLIS, m.maxDrawdownMillis())
                .set(WIN_RATE, m.winRate())
                .set(PROFIT_FACTOR, m.profitFactor())
                .set(EXPECTANCY, m.expectancy())
                .set(EXPOSURE, m.exposure())
                .set(TRADE_COUNT, m.tradeCount())
                .set(OPEN_TRADES, m.openTrades())
                .set(AVERAGE_HOLDING_BARS, m.averageHoldingBars())
                .set(PERIODS_PER_YEAR, m.periodsPerYear())
                .set(RISK_FREE_RATE, m.riskFreeRate())
                .execute();
    }

    /** The metrics of {@code runId}, or null when none are stored. */
    static Metrics load(DSLContext tx, Database database, UUID runId) {
        Record r = tx.select(INITIAL_CAPITAL, FINAL_EQUITY, TOTAL_RETURN, CAGR, ANNUAL_VOLATILITY, SHARPE, SORTINO,
                        MAX_DRAWDOWN, MAX_DRAWDOWN_BARS, MAX_DRAWDOWN_MILLIS, WIN_RATE, PROFIT_FACTOR, EXPECTANCY,
                        EXPOSURE, TRADE_COUNT, OPEN_TRADES, AVERAGE_HOLDING_BARS, PERIODS_PER_YEAR, RISK_FREE_RATE)
                .from(database.table(MetricsTable.NAME)).where(RUN_ID.eq(runId)).fetchOne();
        if (r == null) {
            return null;
        }
        return new Metrics(r.get(INITIAL_CAPITAL), r.get(FINAL_EQUITY), r.get(TOTAL_RETURN), r.get(CAGR),
                r.get(ANNUAL_VOLATILITY), r.get(SHARPE), r.get(SORTINO), r.get(MAX_DRAWDOWN), r.get(MAX_DRAWDOWN_BARS),
                r.get(MAX_DRAWDOWN_MILLIS), r.get(WIN_RATE), r.get(PROFIT_FACTOR), r.get(EXPECTANCY), r.get(EXPOSURE),
                r.get(TRADE_COUNT), r.get(OPEN_TRADES), r.get(AVERAGE_HOLDING_BARS), r.get(PERIODS_PER_YEAR),
                r.get(RISK_FREE_RATE));
    }
}
