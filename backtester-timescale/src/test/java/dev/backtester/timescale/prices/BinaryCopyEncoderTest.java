package dev.backtester.timescale.prices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BinaryCopyEncoderTest {

    @Test
    void rowsFollowPostgresBinaryCopyLayout() throws IOException {
        long time = Instant.parse("2000-01-02T00:00:00.001Z").toEpochMilli();
        BarSeries bars = new BarSeries("日本", new long[] {time}, new double[] {1.5}, new double[] {Double.NaN},
                new double[] {-0.0}, new double[] {Double.POSITIVE_INFINITY}, new double[] {7});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BinaryCopyEncoder encoder = new BinaryCopyEncoder(out);
            encoder.header();
            encoder.write(new PriceRows(bars, new double[] {0.25}), "1d");
            encoder.write(PriceRows.of(bars), "1d");
            encoder.trailer();
        }

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        byte[] signature = new byte[11];
        in.readFully(signature);
        assertArrayEquals(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0}, signature);
        assertEquals(0, in.readInt());
        assertEquals(0, in.readInt());
        for (int row = 0; row < 2; row++) {
            assertEquals(9, in.readShort());
            assertEquals("日本", text(in));
            assertEquals("1d", text(in));
            assertEquals(8, in.readInt());
            assertEquals(86_400_000_000L + 1000, in.readLong(), "microseconds since 2000-01-01");
            for (double expected : new double[] {1.5, Double.NaN, -0.0, Double.POSITIVE_INFINITY, 7}) {
                assertEquals(8, in.readInt());
                assertEquals(Double.doubleToRawLongBits(expected), in.readLong());
            }
            if (row == 0) {
                assertEquals(8, in.readInt());
                assertEquals(0.25, in.readDouble());
            } else {
                assertEquals(-1, in.readInt(), "no adjusted close: NULL");
            }
        }
        assertEquals(-1, in.readShort());
        assertEquals(-1, in.read(), "nothing after the trailer");
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
