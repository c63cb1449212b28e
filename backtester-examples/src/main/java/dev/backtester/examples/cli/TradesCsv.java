package dev.backtester.examples.cli;

import dev.backtester.api.Direction;
import dev.backtester.api.result.Trade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code trades.csv}: one row per trade with every field of {@link Trade}, then the derived
 * holding bars and return. Times are ISO-8601 UTC instants and numbers are written with
 * {@link Double#toString}, which reads back to the same double, so the file parses back to
 * trades equal to the run's.
 */
final class TradesCsv {
    static final String HEADER = "symbol,direction,entry_time,entry_price,exit_time,exit_price,shares,gross_pnl,"
            + "net_pnl,commission,slippage,entry_bar,exit_bar,open,holding_bars,return_pct";

    private TradesCsv() {
    }

    static void write(List<Trade> trades, Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Trade t : trades) {
            out.append(Csv.field(t.symbol())).append(',')
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
                    .append(t.entryBar()).append(',')
                    .append(t.exitBar()).append(',')
                    .append(t.open()).append(',')
                    .append(t.holdingBars()).append(',')
                    .append(t.returnPct()).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
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
            if (f.size() != 16) {
                throw new IOException(file + " line " + (i + 1) + ": expected 16 fields, got " + f.size());
            }
            trades.add(new Trade(f.get(0), Direction.valueOf(f.get(1).toUpperCase(Locale.ROOT)),
                    Instant.parse(f.get(2)).toEpochMilli(), Double.parseDouble(f.get(3)),
                    Instant.parse(f.get(4)).toEpochMilli(), Double.parseDouble(f.get(5)), Double.parseDouble(f.get(6)),
                    Double.parseDouble(f.get(7)), Double.parseDouble(f.get(8)), Double.parseDouble(f.get(9)),
                    Double.parseDouble(f.get(10)), Integer.parseInt(f.get(11)), Integer.parseInt(f.get(12)),
                    Boolean.parseBoolean(f.get(13))));
        }
        return trades;
    }
}
