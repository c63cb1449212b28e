package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.WalkForwardTable.DEGRADATION_PCT;
import static dev.backtester.timescale.schema.WalkForwardTable.ID;
import static dev.backtester.timescale.schema.WalkForwardTable.IS_METRICS;
import static dev.backtester.timescale.schema.WalkForwardTable.OOS_METRICS;
import static dev.backtester.timescale.schema.WalkForwardTable.OPTIMAL_PARAMS;
import static dev.backtester.timescale.schema.WalkForwardTable.PARENT_RUN_ID;
import static dev.backtester.timescale.schema.WalkForwardTable.TEST_END;
import static dev.backtester.timescale.schema.WalkForwardTable.TEST_START;
import static dev.backtester.timescale.schema.WalkForwardTable.TRADES_COUNT;
import static dev.backtester.timescale.schema.WalkForwardTable.TRAIN_END;
import static dev.backtester.timescale.schema.WalkForwardTable.TRAIN_START;
import static dev.backtester.timescale.schema.WalkForwardTable.WINDOW_END;
import static dev.backtester.timescale.schema.WalkForwardTable.WINDOW_INDEX;
import static dev.backtester.timescale.schema.WalkForwardTable.WINDOW_START;

import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.WalkForwardTable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/** Maps {@link WalkForwardWindow}s to {@code walkforward_results} rows and back, keeping their order. */
final class WindowRows {
    private WindowRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, List<WalkForwardWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            WalkForwardWindow w = windows.get(i);
            tx.insertInto(database.table(WalkForwardTable.NAME))
                    .set(ID, UUID.randomUUID())
                    .set(PARENT_RUN_ID, runId)
                    .set(WINDOW_INDEX, i)
                    .set(WINDOW_START, w.windowStart())
                    .set(WINDOW_END, w.windowEnd())
                    .set(TRAIN_START, w.trainStart())
                    .set(TRAIN_END, w.trainEnd())
                    .set(TEST_START, w.testStart())
                    .set(TEST_END, w.testEnd())
                    .set(OPTIMAL_PARAMS, JSONB.valueOf(w.optimalParamsJson()))
                    .set(IS_METRICS, w.inSampleMetric())
                    .set(OOS_METRICS, w.outOfSampleMetric())
                    .set(DEGRADATION_PCT, w.degradationPct())
                    .set(TRADES_COUNT, w.tradesCount())
                    .execute();
        }
    }

    static List<WalkForwardWindow> load(DSLContext dsl, Database database, UUID runId) {
        List<WalkForwardWindow> windows = new ArrayList<>();
        for (Record r : dsl.select(WINDOW_START, WINDOW_END, TRAIN_START, TRAIN_END, TEST_START, TEST_END,
                        OPTIMAL_PARAMS, IS_METRICS, OOS_METRICS, DEGRADATION_PCT, TRADES_COUNT)
                .from(database.table(WalkForwardTable.NAME)).where(PARENT_RUN_ID.eq(runId)).orderBy(WINDOW_INDEX)
                .fetch()) {
            windows.add(new WalkForwardWindow(r.get(WINDOW_START), r.get(WINDOW_END), r.get(TRAIN_START),
                    r.get(TRAIN_END), r.get(TEST_START), r.get(TEST_END), r.get(OPTIMAL_PARAMS).data(),
                    r.get(IS_METRICS), r.get(OOS_METRICS), r.get(DEGRADATION_PCT), r.get(TRADES_COUNT)));
        }
        return windows;
    }
}
