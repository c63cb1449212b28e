package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.DecisionsTable.DETAIL;
import static dev.backtester.timescale.schema.DecisionsTable.FIGURE_KEYS;
import static dev.backtester.timescale.schema.DecisionsTable.FIGURE_VALUES;
import static dev.backtester.timescale.schema.DecisionsTable.KIND;
import static dev.backtester.timescale.schema.DecisionsTable.RUN_ID;
import static dev.backtester.timescale.schema.DecisionsTable.SEQUENCE;
import static dev.backtester.timescale.schema.DecisionsTable.SOURCE;
import static dev.backtester.timescale.schema.DecisionsTable.SYMBOL;
import static dev.backtester.timescale.schema.DecisionsTable.TIME_MS;
import static dev.backtester.timescale.schema.DecisionsTable.TRADE_ID;

import dev.backtester.api.result.Decision;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.DecisionsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;

/**
 * Maps a run's {@link DecisionJournal} to {@code run_decisions} rows and back, in sequence order. The
 * figures go to two parallel arrays ({@code text[]}, {@code float8[]}), which keep their order and
 * every bit of each value, NaN and infinities included. Whether the run recorded a journal at all is
 * the run row's {@code journal_enabled}.
 */
final class DecisionRows {
    /** Rows per INSERT statement: 10 bind values each stays well under PostgreSQL's 65,535. */
    private static final int CHUNK = 4000;
    private static final List<Field<?>> COLUMNS = List.of(RUN_ID, SEQUENCE, TIME_MS, SYMBOL, TRADE_ID, KIND, SOURCE,
            DETAIL, FIGURE_KEYS, FIGURE_VALUES);

    private DecisionRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, List<Decision> decisions) {
        for (int from = 0; from < decisions.size(); from += CHUNK) {
            InsertValuesStepN<Record> insert = tx.insertInto(database.table(DecisionsTable.NAME), COLUMNS);
            int to = Math.min(decisions.size(), from + CHUNK);
            for (int i = from; i < to; i++) {
                Decision d = decisions.get(i);
                Map<String, Double> figures = d.figures();
                insert = insert.values(runId, d.sequence(), d.time(), d.symbol(), d.tradeId(), d.kind().name(),
                        d.source(), d.detail(), figures.keySet().toArray(new String[0]),
                        figures.values().toArray(new Double[0]));
            }
            insert.execute();
        }
    }

    /** The journal of run {@code runId}; {@code enabled} comes from its run row. */
    static DecisionJournal load(DSLContext tx, Database database, UUID runId, boolean enabled) {
        List<Decision> decisions = new ArrayList<>();
        for (Record row : tx.select(COLUMNS).from(database.table(DecisionsTable.NAME)).where(RUN_ID.eq(runId))
                .orderBy(SEQUENCE).fetch()) {
            String[] keys = row.get(FIGURE_KEYS);
            Double[] values = row.get(FIGURE_VALUES);
            if (keys.length != values.length) {
                throw new IllegalStateException("run " + runId + " decision " + row.get(SEQUENCE) + " has "
                        + keys.length + " figure keys but " + values.length + " values");
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            for (int k = 0; k < keys.length; k++) {
                figures.put(keys[k], values[k]);
            }
            decisions.add(new Decision(row.get(SEQUENCE), row.get(TIME_MS), row.get(SYMBOL), row.get(TRADE_ID),
                    Decision.Kind.valueOf(row.get(KIND)), row.get(SOURCE), row.get(DETAIL), figures));
        }
        return new DecisionJournal(enabled, decisions);
    }
}
