package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.TradesTable.COMMISSION_COST;
import static dev.backtester.timescale.schema.TradesTable.DIRECTION;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_BAR;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_DATE;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_PRICE;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_TIME;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_TIME_MS;
import static dev.backtester.timescale.schema.TradesTable.EXIT_BAR;
import static dev.backtester.timescale.schema.TradesTable.EXIT_DATE;
import static dev.backtester.timescale.schema.TradesTable.EXIT_PRICE;
import static dev.backtester.timescale.schema.TradesTable.EXIT_TIME;
import static dev.backtester.timescale.schema.TradesTable.EXIT_TIME_MS;
import static dev.backtester.timescale.schema.TradesTable.GROSS_PNL;
import static dev.backtester.timescale.schema.TradesTable.ID;
import static dev.backtester.timescale.schema.TradesTable.IS_OPEN;
import static dev.backtester.timescale.schema.TradesTable.PNL;
import static dev.backtester.timescale.schema.TradesTable.PNL_PCT;
import static dev.backtester.timescale.schema.TradesTable.RUN_ID;
import static dev.backtester.timescale.schema.TradesTable.SHARES;
import static dev.backtester.timescale.schema.TradesTable.SLIPPAGE_COST;
import static dev.backtester.timescale.schema.TradesTable.SYMBOL;
import static dev.backtester.timescale.schema.TradesTable.TRADE_INDEX;

import dev.backtester.api.Direction;
import dev.backtester.api.result.Trade;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.TradesTable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;

/**
 * Maps the engine's {@link Trade} to {@code trades_v2} rows and back. Every field of the record has
 * an exact column (times as epoch ms, prices and amounts as doubles); the design's date and time
 * columns are filled too, in UTC, for SQL users and for the hypertable's time column. The
 * attribution columns the engine does not produce yet are left null.
 */
final class TradeRows {
    /** Rows per INSERT statement: 22 bind values each keeps a statement well under PostgreSQL's 65,535. */
    private static final int CHUNK = 1000;
    private static final List<Field<?>> INSERTED = List.of(ID, RUN_ID, TRADE_INDEX, SYMBOL, DIRECTION, ENTRY_DATE,
            ENTRY_TIME, ENTRY_TIME_MS, ENTRY_PRICE, EXIT_DATE, EXIT_TIME, EXIT_TIME_MS, EXIT_PRICE, SHARES, GROSS_PNL,
            PNL, PNL_PCT, COMMISSION_COST, SLIPPAGE_COST, ENTRY_BAR, EXIT_BAR, IS_OPEN);

    private TradeRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, List<Trade> trades) {
        for (int from = 0; from < trades.size(); from += CHUNK) {
            InsertValuesStepN<Record> insert = tx.insertInto(database.table(TradesTable.NAME), INSERTED);
            int to = Math.min(trades.size(), from + CHUNK);
            for (int i = from; i < to; i++) {
                insert = insert.values(values(runId, i, trades.get(i)));
            }
            insert.execute();
        }
    }

    static List<Trade> load(DSLContext tx, Database database, UUID runId) {
        List<Trade> trades = new ArrayList<>();
        for (Record row : tx.select(SYMBOL, DIRECTION, ENTRY_TIME_MS, ENTRY_PRICE, EXIT_TIME_MS, EXIT_PRICE, SHARES,
                        GROSS_PNL, PNL, COMMISSION_COST, SLIPPAGE_COST, ENTRY_BAR, EXIT_BAR, IS_OPEN)
                .from(database.table(TradesTable.NAME)).where(RUN_ID.eq(runId)).orderBy(TRADE_INDEX).fetch()) {
            trades.add(new Trade(row.get(SYMBOL), direction(row.get(DIRECTION)), row.get(ENTRY_TIME_MS),
                    row.get(ENTRY_PRICE), row.get(EXIT_TIME_MS), row.get(EXIT_PRICE), row.get(SHARES),
                    row.get(GROSS_PNL), row.get(PNL), row.get(COMMISSION_COST), row.get(SLIPPAGE_COST),
                    row.get(ENTRY_BAR), row.get(EXIT_BAR), row.get(IS_OPEN)));
        }
        return trades;
    }

    private static List<Object> values(UUID runId, int index, Trade t) {
        OffsetDateTime entry = utc(t.entryTime());
        OffsetDateTime exit = utc(t.exitTime());
        List<Object> values = new ArrayList<>(INSERTED.size());
        values.add(UUID.randomUUID());
        values.add(runId);
        values.add(index);
        values.add(t.symbol());
        values.add(t.direction() == Direction.LONG ? "long" : "short");
        values.add(entry.toLocalDate());
        values.add(entry.toLocalTime());
        values.add(t.entryTime());
        values.add(t.entryPrice());
        values.add(exit.toLocalDate());
        values.add(exit.toLocalTime());
        values.add(t.exitTime());
        values.add(t.exitPrice());
        values.add(t.shares());
        values.add(t.grossPnl());
        values.add(t.netPnl());
        values.add(t.returnPct());
        values.add(t.commission());
        values.add(t.slippage());
        values.add(t.entryBar());
        values.add(t.exitBar());
        values.add(t.open());
        return values;
    }

    private static OffsetDateTime utc(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
    }

    private static Direction direction(String stored) {
        return switch (stored) {
            case "long" -> Direction.LONG;
            case "short" -> Direction.SHORT;
            default -> throw new IllegalStateException("trades_v2.direction holds '" + stored + "'");
        };
    }
}
