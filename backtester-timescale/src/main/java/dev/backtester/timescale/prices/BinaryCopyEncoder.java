package dev.backtester.timescale.prices;

import dev.backtester.api.data.BarSeries;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes bars in PostgreSQL's binary {@code COPY} format, as rows of (symbol, timeframe, timestamp,
 * open, high, low, close, volume, adj_close).
 *
 * <p>Binary rather than text: doubles travel as their IEEE-754 bits, so they arrive bit-identical
 * (NaN, infinities and -0.0 included) without any decimal formatting or parsing, which is also what
 * makes the ingest fast; text travels as UTF-8 bytes with no escaping to get wrong. Timestamps are
 * microseconds since 2000-01-01 UTC, PostgreSQL's {@code timestamptz} representation.
 */
final class BinaryCopyEncoder {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_MILLIS = 946_684_800_000L;
    private static final short FIELDS = 9;

    private final DataOutputStream out;

    BinaryCopyEncoder(DataOutputStream out) {
        this.out = out;
    }

    /** Writes the file header; once, before any row. */
    void header() throws IOException {
        out.write(SIGNATURE);
        out.writeInt(0); // flags: no OIDs
        out.writeInt(0); // no header extension
    }

    /** Writes every bar of {@code rows} as one tuple. */
    void write(PriceRows rows, String timeframe) throws IOException {
        BarSeries series = rows.series();
        byte[] symbol = series.symbol().getBytes(StandardCharsets.UTF_8);
        byte[] frame = timeframe.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < series.size(); i++) {
            out.writeShort(FIELDS);
            text(symbol);
            text(frame);
            out.writeInt(8);
            out.writeLong(Math.multiplyExact(series.time(i) - POSTGRES_EPOCH_MILLIS, 1000L));
            float8(series.open(i));
            float8(series.high(i));
            float8(series.low(i));
            float8(series.close(i));
            float8(series.volume(i));
            if (rows.hasAdjClose()) {
                float8(rows.adjClose(i));
            } else {
                out.writeInt(-1); // SQL NULL
            }
        }
    }

    /** Writes the end-of-data marker; once, after the last row. */
    void trailer() throws IOException {
        out.writeShort(-1);
    }

    private void text(byte[] utf8) throws IOException {
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private void float8(double value) throws IOException {
        out.writeInt(8);
        out.writeLong(Double.doubleToRawLongBits(value));
    }
}
