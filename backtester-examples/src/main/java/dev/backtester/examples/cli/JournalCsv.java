package dev.backtester.examples.cli;

import dev.backtester.api.result.Decision;
import dev.backtester.api.result.DecisionJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * {@code journal.csv}: the run's decision journal, one decision per line in the order they happened:
 * sequence, bar time (ISO-8601 UTC), symbol, trade id, kind, source, detail and the figures as
 * {@code key=value} pairs separated by {@code ;}. Filter by {@code trade_id} to follow one trade.
 */
final class JournalCsv {
    static final String HEADER = "sequence,time,symbol,trade_id,kind,source,detail,figures";

    private JournalCsv() {
    }

    static void write(DecisionJournal journal, Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Decision d : journal.decisions()) {
            out.append(d.sequence()).append(',').append(Instant.ofEpochMilli(d.time())).append(',')
                    .append(Csv.field(d.symbol())).append(',').append(d.tradeId()).append(',').append(d.kind())
                    .append(',').append(Csv.field(d.source())).append(',').append(Csv.field(d.detail())).append(',')
                    .append(Csv.field(figures(d.figures()))).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String figures(Map<String, Double> figures) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Double> figure : figures.entrySet()) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(figure.getKey()).append('=').append(figure.getValue());
        }
        return text.toString();
    }
}
