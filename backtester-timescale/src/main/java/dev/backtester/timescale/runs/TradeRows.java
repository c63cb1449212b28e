package dev.backtester.timescale.runs;

import static dev.backtester.timescale.schema.TradesTable.BORROWING_COST;
import static dev.backtester.timescale.schema.TradesTable.COMMISSION_COST;
import static dev.backtester.timescale.schema.TradesTable.DIVIDENDS;
import static dev.backtester.timescale.schema.TradesTable.DRAWDOWN_AT_ENTRY;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_SIGNAL;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_SIGNAL_NAMES;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_SIGNAL_RULE;
import static dev.backtester.timescale.schema.TradesTable.ENTRY_SIGNAL_VALUES;
import static dev.backtester.timescale.schema.TradesTable.EXIT_REASON;
import static dev.backtester.timescale.schema.TradesTable.FILL_QUALITY_SCORE;
import static dev.backtester.timescale.schema.TradesTable.HOLD_DAYS;
import static dev.backtester.timescale.schema.TradesTable.MARKET_IMPACT;
import static dev.backtester.timescale.schema.TradesTable.MAX_ADVERSE_EXCURSION;
import static dev.backtester.timescale.schema.TradesTable.MAX_FAVORABLE_EXCURSION;
import static dev.backtester.timescale.schema.TradesTable.PORTFOLIO_HEAT;
import static dev.backtester.timescale.schema.TradesTable.POSITION_SIZE_PCT;
import static dev.backtester.timescale.schema.TradesTable.REGIME_AT_ENTRY;
import static dev.backtester.timescale.schema.TradesTable.REGIME_CONFIDENCE;
import static dev.backtester.timescale.schema.TradesTable.TRADE_ID;
import static dev.backtester.timescale.schema.TradesTable.VOLATILITY_AT_ENTRY;
import static dev.backtester.timescale.schema.TradesTable.VOLUME_AT_ENTRY;
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
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.ExitReason;
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
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Maps the engine's {@link Trade} to {@code trades_v2} rows and back. Every field of the record has
 * an exact column (times as epoch ms, prices and amounts as doubles); the design's date and time
 * columns are filled too, in UTC, for SQL users and for the hypertable's time column. The entry
 * signal is stored exactly in {@code entry_signal_rule/names/values} (float8[] keeps NaN and every
 * bit) and, for SQL users, as JSON in {@code entry_signal} with NaN written as null.
 */
final class TradeRows {
    /** Rows per INSERT statement: 42 bind values each keeps a statement well under PostgreSQL's 65,535. */
    private static final int CHUNK = 1000;
    private static final List<Field<?>> INSERTED = List.of(ID, RUN_ID, TRADE_INDEX, SYMBOL, DIRECTION, ENTRY_DATE,
            ENTRY_TIME, ENTRY_TIME_MS, ENTRY_PRICE, EXIT_DATE, EXIT_TIME, EXIT_TIME_MS, EXIT_PRICE, SHARES, GROSS_PNL,
            PNL, PNL_PCT, COMMISSION_COST, SLIPPAGE_COST, ENTRY_BAR, EXIT_BAR, IS_OPEN, TRADE_ID, BORROWING_COST,
            DIVIDENDS, EXIT_REASON, HOLD_DAYS, ENTRY_SIGNAL, ENTRY_SIGNAL_RULE, ENTRY_SIGNAL_NAMES, ENTRY_SIGNAL_VALUES,
            MAX_FAVORABLE_EXCURSION, MAX_ADVERSE_EXCURSION, REGIME_AT_ENTRY, REGIME_CONFIDENCE, VOLATILITY_AT_ENTRY,
            VOLUME_AT_ENTRY, POSITION_SIZE_PCT, PORTFOLIO_HEAT, DRAWDOWN_AT_ENTRY, FILL_QUALITY_SCORE, MARKET_IMPACT);

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
        for (Record row : tx.select(INSERTED).from(database.table(TradesTable.NAME)).where(RUN_ID.eq(runId))
                .orderBy(TRADE_INDEX).fetch()) {
            trades.add(new Trade(row.get(TRADE_ID), row.get(SYMBOL), direction(row.get(DIRECTION)),
                    row.get(ENTRY_TIME_MS), row.get(ENTRY_PRICE), row.get(EXIT_TIME_MS), row.get(EXIT_PRICE),
                    row.get(SHARES), row.get(GROSS_PNL), row.get(PNL), row.get(COMMISSION_COST),
                    row.get(SLIPPAGE_COST), row.get(BORROWING_COST), row.get(DIVIDENDS), row.get(ENTRY_BAR),
                    row.get(EXIT_BAR), row.get(IS_OPEN), ExitReason.valueOf(row.get(EXIT_REASON)), entrySignal(row),
                    row.get(MAX_FAVORABLE_EXCURSION), row.get(MAX_ADVERSE_EXCURSION), row.get(REGIME_AT_ENTRY),
                    row.get(REGIME_CONFIDENCE), row.get(VOLATILITY_AT_ENTRY), row.get(VOLUME_AT_ENTRY),
                    row.get(POSITION_SIZE_PCT), row.get(PORTFOLIO_HEAT), row.get(DRAWDOWN_AT_ENTRY),
                    row.get(FILL_QUALITY_SCORE), row.get(MARKET_IMPACT)));
        }
        return trades;
    }

    private static EntrySignal entrySignal(Record row) {
        Double[] boxed = row.get(ENTRY_SIGNAL_VALUES);
        double[] values = new double[boxed.length];
        for (int k = 0; k < boxed.length; k++) {
            values[k] = boxed[k];
        }
        return new EntrySignal(row.get(ENTRY_SIGNAL_RULE), List.of(row.get(ENTRY_SIGNAL_NAMES)), values);
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
        values.add(t.id());
        values.add(t.borrowCost());
        values.add(t.dividends());
        values.add(t.exitReason().name());
        values.add((int) t.holdDays());
        EntrySignal signal = t.entrySignal();
        double[] signalValues = signal.seriesValues();
        Double[] boxed = new Double[signalValues.length];
        for (int k = 0; k < signalValues.length; k++) {
            boxed[k] = signalValues[k];
        }
        values.add(JSONB.valueOf(json(signal, signalValues)));
        values.add(signal.rule());
        values.add(signal.seriesNames().toArray(new String[0]));
        values.add(boxed);
        values.add(t.maxFavorableExcursion());
        values.add(t.maxAdverseExcursion());
        values.add(t.regimeAtEntry());
        values.add(t.regimeConfidence());
        values.add(t.volatilityAtEntry());
        values.add(t.volumeAtEntry());
        values.add(t.positionSizePct());
        values.add(t.portfolioHeat());
        values.add(t.drawdownAtEntry());
        values.add(t.fillQualityScore());
        values.add(t.marketImpact());
        return values;
    }

    /** {"rule": ..., "values": {name: value}} with non-finite values as null (JSON has no NaN). */
    private static String json(EntrySignal signal, double[] values) {
        StringBuilder out = new StringBuilder("{\"rule\":");
        quote(out, signal.rule());
        out.append(",\"values\":{");
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                out.append(',');
            }
            quote(out, signal.seriesNames().get(k));
            out.append(':').append(Double.isFinite(values[k]) ? Double.toString(values[k]) : "null");
        }
        return out.append("}}").toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
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
