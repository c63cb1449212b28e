package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.CashFlowsTable.BORROW_FEES;
import static dev.backtester.timescale.schema.CashFlowsTable.COMMISSION;
import static dev.backtester.timescale.schema.CashFlowsTable.DIVIDENDS;
import static dev.backtester.timescale.schema.CashFlowsTable.INTEREST;
import static dev.backtester.timescale.schema.CashFlowsTable.MARKET_IMPACT;
import static dev.backtester.timescale.schema.CashFlowsTable.RUN_ID;
import static dev.backtester.timescale.schema.CashFlowsTable.SLIPPAGE;

import dev.backtester.api.result.CashFlows;
import dev.backtester.timescale.schema.CashFlowsTable;
import dev.backtester.timescale.schema.Database;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Maps a run's {@link CashFlows} to its {@code run_cash_flows} row and back. */
final class CashFlowRows {
    private CashFlowRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, CashFlows flows) {
        tx.insertInto(database.table(CashFlowsTable.NAME))
                .set(RUN_ID, runId).set(COMMISSION, flows.commission()).set(SLIPPAGE, flows.slippage())
                .set(MARKET_IMPACT, flows.marketImpact()).set(BORROW_FEES, flows.borrowFees())
                .set(DIVIDENDS, flows.dividends()).set(INTEREST, flows.interest())
                .execute();
    }

    static CashFlows load(DSLContext tx, Database database, UUID runId) {
        Record row = tx.select(COMMISSION, SLIPPAGE, MARKET_IMPACT, BORROW_FEES, DIVIDENDS, INTEREST)
                .from(database.table(CashFlowsTable.NAME)).where(RUN_ID.eq(runId)).fetchOne();
        if (row == null) {
            throw new IllegalStateException("run " + runId + " has no run_cash_flows row");
        }
        return new CashFlows(row.get(COMMISSION), row.get(SLIPPAGE), row.get(MARKET_IMPACT), row.get(BORROW_FEES),
                row.get(DIVIDENDS), row.get(INTEREST));
    }
}
