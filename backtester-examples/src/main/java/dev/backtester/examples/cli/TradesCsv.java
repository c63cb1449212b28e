package dev.backtester.examples.cli;

import dev.backtester.api.Direction;
import dev.backtester.api.result.EntrySignal;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.Trade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code trades.csv}: one row per trade with every field of {@link Trade}, then the derived
 * holding bars, hold days and return. Times are ISO-8601 UTC instants and numbers are written with
 * {@link Double#toString}, which reads back to the same double, so the file parses back to
 * trades equal to the run's. The entry signal is its rule, then {@code name=value} pairs joined
 * by {@code ;} (series names never contain either character).
 */
final class TradesCsv {
    static final String HEADER = "id,symbol,direction,entry_time,entry_price,exit_time,exit_price,shares,gross_pnl,"
            + "net_pnl,commission,slippage,borrowing_cost,dividends,entry_bar,exit_bar,open,exit_reason,entry_rule,"
            + "entry_signal,max_favorable_excursion,max_adverse_excursion,regime_at_entry,regime_confidence,"
            + "volatility_at_entry,volume_at_entry,position_size_pct,portfolio_heat,drawdown_at_entry,"
            + "fill_quality_score,market_impact,holding_bars,hold_days,return_pct";
    private static final int FIELDS = 34;

    private TradesCsv() {
    }

    static void write(List<Trade> trades, Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Trade t : trades) {
            out.append(t.id()).append(',')
                    .append(Csv.field(t.symbol())).append(',')
                    .append(t.direction().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(Instant.ofEpochMilli(t.entryTime())).append(',')
                    .append(t.entryPrice()).append(',')
                    .append(Instant.ofEpochMilli(t.exitTime())).append(',')
                    .append(t.exitPrice()).append(',')
                    .append(t.shares()).append(',')
                    .append(t.grossPnl()).append(',')
                    .append(t.netPnl()).append(',')
                    .append(t.commission()).append(',')
                    .append(t.slippage()).append(',')
                    .append(t.borrowCost()).append(',')
                    .append(t.dividends()).append(',')
                    .append(t.entryBar()).append(',')
                    .append(t.exitBar()).append(',')
                    .append(t.open()).append(',')
                    .append(t.exitReason().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(Csv.field(t.entrySignal().rule())).append(',')
                    .append(Csv.field(values(t.entrySignal()))).append(',')
                    .append(t.maxFavorableExcursion()).append(',')
                    .append(t.maxAdverseExcursion()).append(',')
                    .append(Csv.field(t.regimeAtEntry())).append(',')
                    .append(t.regimeConfidence()).append(',')
                    .append(t.volatilityAtEntry()).append(',')
                    .append(t.volumeAtEntry()).append(',')
                    .append(t.positionSizePct()).append(',')
                    .append(t.portfolioHeat()).append(',')
                    .append(t.drawdownAtEntry()).append(',')
                    .append(t.fillQualityScore()).append(',')
                    .append(t.marketImpact()).append(',')
                    .append(t.holdingBars()).append(',')
                    .append(t.holdDays()).append(',')
                    .append(t.returnPct()).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String values(EntrySignal signal) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : signal.asMap().entrySet()) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(e.getKey()).append('=').append(e.getValue());
        }
        return out.toString();
    }

    private static EntrySignal signal(String rule, String values) {
        Map<String, Double> map = new LinkedHashMap<>();
        if (!values.isEmpty()) {
            for (String pair : values.split(";")) {
                int eq = pair.lastIndexOf('=');
                map.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
            }
        }
        return EntrySignal.of(rule, map);
    }

    /** Reads a file written by {@link #write} back into trades. */
    static List<Trade> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + " does not start with the trades header " + HEADER);
        }
        List<Trade> trades = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            List<String> f = Csv.split(lines.get(i));
            if (f.size() != FIELDS) {
                throw new IOException(file + " line " + (i + 1) + ": expected " + FIELDS + " fields, got " + f.size());
            }
            trades.add(new Trade(Long.parseLong(f.get(0)), f.get(1), Direction.valueOf(f.get(2).toUpperCase(Locale.ROOT)),
                    Instant.parse(f.get(3)).toEpochMilli(), number(f, 4), Instant.parse(f.get(5)).toEpochMilli(),
                    number(f, 6), number(f, 7), number(f, 8), number(f, 9), number(f, 10), number(f, 11),
                    number(f, 12), number(f, 13), Integer.parseInt(f.get(14)), Integer.parseInt(f.get(15)),
                    Boolean.parseBoolean(f.get(16)), ExitReason.valueOf(f.get(17).toUpperCase(Locale.ROOT)),
                    signal(f.get(18), f.get(19)), number(f, 20), number(f, 21), f.get(22), number(f, 23),
                    number(f, 24), number(f, 25), number(f, 26), number(f, 27), number(f, 28), number(f, 29),
                    number(f, 30)));
        }
        return trades;
    }

    private static double number(List<String> fields, int index) {
        return Double.parseDouble(fields.get(index));
    }
}
