package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.OrderEventsTable.BAR;
import static dev.backtester.timescale.schema.OrderEventsTable.COMMISSION;
import static dev.backtester.timescale.schema.OrderEventsTable.DETAIL;
import static dev.backtester.timescale.schema.OrderEventsTable.EVENT_INDEX;
import static dev.backtester.timescale.schema.OrderEventsTable.FILLED;
import static dev.backtester.timescale.schema.OrderEventsTable.IMPACT;
import static dev.backtester.timescale.schema.OrderEventsTable.KIND;
import static dev.backtester.timescale.schema.OrderEventsTable.ORDER_ID;
import static dev.backtester.timescale.schema.OrderEventsTable.ORDER_TYPE;
import static dev.backtester.timescale.schema.OrderEventsTable.PRICE;
import static dev.backtester.timescale.schema.OrderEventsTable.QUANTITY;
import static dev.backtester.timescale.schema.OrderEventsTable.REASON;
import static dev.backtester.timescale.schema.OrderEventsTable.ROLE;
import static dev.backtester.timescale.schema.OrderEventsTable.RUN_ID;
import static dev.backtester.timescale.schema.OrderEventsTable.SHARES;
import static dev.backtester.timescale.schema.OrderEventsTable.SIDE;
import static dev.backtester.timescale.schema.OrderEventsTable.SLIPPAGE;
import static dev.backtester.timescale.schema.OrderEventsTable.SYMBOL;
import static dev.backtester.timescale.schema.OrderEventsTable.TIME_MS;
import static dev.backtester.timescale.schema.OrderEventsTable.TRADE_ID;

import dev.backtester.api.execution.OrderType;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.OrderEventsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;

/** Maps a run's {@link OrderEvent}s to {@code run_order_events} rows, in log order, and back. */
final class OrderEventRows {
    /** Rows per INSERT statement: 20 bind values each stays well under PostgreSQL's 65,535. */
    private static final int CHUNK = 2000;
    private static final List<Field<?>> COLUMNS = List.of(RUN_ID, EVENT_INDEX, ORDER_ID, TRADE_ID, SYMBOL, BAR, TIME_MS,
            KIND, ROLE, ORDER_TYPE, SIDE, QUANTITY, SHARES, FILLED, PRICE, COMMISSION, SLIPPAGE, IMPACT, REASON, DETAIL);

    private OrderEventRows() {
    }

    static void insert(DSLContext tx, Database database, UUID runId, List<OrderEvent> events) {
        for (int from = 0; from < events.size(); from += CHUNK) {
            InsertValuesStepN<Record> insert = tx.insertInto(database.table(OrderEventsTable.NAME), COLUMNS);
            int to = Math.min(events.size(), from + CHUNK);
            for (int i = from; i < to; i++) {
                OrderEvent e = events.get(i);
                insert = insert.values(runId, i, e.orderId(), e.tradeId(), e.symbol(), e.bar(), e.time(),
                        e.kind().name(), e.role().name(), e.type().name(), e.side().name(), e.quantity(), e.shares(),
                        e.filled(), e.price(), e.commission(), e.slippage(), e.impact(), e.reason().name(), e.detail());
            }
            insert.execute();
        }
    }

    static List<OrderEvent> load(DSLContext tx, Database database, UUID runId) {
        List<OrderEvent> events = new ArrayList<>();
        for (Record row : tx.select(COLUMNS).from(database.table(OrderEventsTable.NAME)).where(RUN_ID.eq(runId))
                .orderBy(EVENT_INDEX).fetch()) {
            events.add(new OrderEvent(row.get(ORDER_ID), row.get(TRADE_ID), row.get(SYMBOL), row.get(BAR),
                    row.get(TIME_MS), OrderEvent.Kind.valueOf(row.get(KIND)), OrderEvent.Role.valueOf(row.get(ROLE)),
                    OrderType.valueOf(row.get(ORDER_TYPE)), OrderEvent.Side.valueOf(row.get(SIDE)), row.get(QUANTITY),
                    row.get(SHARES), row.get(FILLED), row.get(PRICE), row.get(COMMISSION), row.get(SLIPPAGE),
                    row.get(IMPACT), OrderEvent.Reason.valueOf(row.get(REASON)), row.get(DETAIL)));
        }
        return events;
    }
}
