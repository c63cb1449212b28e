package dev.backtester.timescale.prices;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Writes bars as the CSV rows of a PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}.
 *
 * <p>Doubles are written with {@link Double#toString}, which PostgreSQL parses back to the same bits
 * (NaN and infinities included); times as ISO-8601 instants; text always quoted, so symbols with
 * commas, quotes, semicolons or line breaks arrive intact. An empty unquoted field is SQL NULL.
 */
final class CopyEncoder {
    private final Writer out;

    CopyEncoder(Writer out) {
        this.out = out;
    }

    /** Writes every bar of {@code rows} as a row (symbol, timeframe, timestamp, open, high, low, close, volume, adj_close). */
    void write(PriceRows rows, String timeframe) throws IOException {
        BarSeries series = rows.series();
        String symbol = quoted(series.symbol());
        String frame = quoted(timeframe);
        for (int i = 0; i < series.size(); i++) {
            out.write(symbol);
            out.write(',');
            out.write(frame);
            out.write(',');
            out.write(Instant.ofEpochMilli(series.time(i)).toString());
            number(series.open(i));
            number(series.high(i));
            number(series.low(i));
            number(series.close(i));
            number(series.volume(i));
            out.write(',');
            if (rows.hasAdjClose()) {
                out.write(Double.toString(rows.adjClose(i)));
            }
            out.write('\n');
        }
    }

    private void number(double value) throws IOException {
        out.write(',');
        out.write(Double.toString(value));
    }

    /** CSV quoting: wrap in double quotes and double any inside. */
    static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
