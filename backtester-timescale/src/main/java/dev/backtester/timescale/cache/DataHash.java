package dev.backtester.timescale.cache;

import dev.backtester.api.data.BarSeries;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies the price data an indicator was computed on: a SHA-256 over the exact bits of every bar's
 * time, open, high, low, close and volume. Any change to any bar (a corrected price, one more bar)
 * gives another hash, so cache entries computed on the old data are no longer found.
 */
public final class DataHash {
    private DataHash() {
    }

    /** Hex SHA-256 of the bars of {@code series} (its symbol is not part of it). */
    public static String of(BarSeries series) {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(48);
        for (int i = 0; i < series.size(); i++) {
            buffer.clear();
            buffer.putLong(series.time(i)).putDouble(series.open(i)).putDouble(series.high(i))
                    .putDouble(series.low(i)).putDouble(series.close(i)).putDouble(series.volume(i));
            digest.update(buffer.array(), 0, buffer.position());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
