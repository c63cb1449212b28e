package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.EquityTable.CASH;
import static dev.backtester.timescale.schema.EquityTable.EQUITY;
import static dev.backtester.timescale.schema.EquityTable.POINT_INDEX;
import static dev.backtester.timescale.schema.EquityTable.RUN_ID;
import static dev.backtester.timescale.schema.EquityTable.TIMESTAMP;

import dev.backtester.api.result.EquityCurve;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.EpochMillis;
import dev.backtester.timescale.schema.EquityTable;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep5;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Result;

/** Maps an {@link EquityCurve} to {@code run_equity_curve} rows, one per point, and back. */
final class EquityRows {
    /** Points per INSERT statement. */
    private static final int CHUNK = 5000;
    private static final Field<Long> TIME_MS = EpochMillis.of(TIMESTAMP);

    private EquityRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, EquityCurve curve) {
        for (int from = 0; from < curve.size(); from += CHUNK) {
            InsertValuesStep5<Record, UUID, Integer, Instant, Double, Double> insert =
                    tx.insertInto(database.table(EquityTable.NAME), RUN_ID, POINT_INDEX, TIMESTAMP, EQUITY, CASH);
            int to = Math.min(curve.size(), from + CHUNK);
            for (int k = from; k < to; k++) {
                insert = insert.values(runId, k, Instant.ofEpochMilli(curve.time(k)), curve.equity(k), curve.cash(k));
            }
            insert.execute();
        }
    }

    static EquityCurve load(DSLContext tx, Database database, UUID runId) {
        Result<Record3<Long, Double, Double>> rows = tx.select(TIME_MS, EQUITY, CASH)
                .from(database.table(EquityTable.NAME)).where(RUN_ID.eq(runId)).orderBy(POINT_INDEX).fetch();
        long[] times = new long[rows.size()];
        double[] equity = new double[rows.size()];
        double[] cash = new double[rows.size()];
        for (int k = 0; k < times.length; k++) {
            Record3<Long, Double, Double> row = rows.get(k);
            times[k] = row.value1();
            equity[k] = row.value2();
            cash[k] = row.value3();
        }
        return new EquityCurve(times, equity, cash);
    }
}
