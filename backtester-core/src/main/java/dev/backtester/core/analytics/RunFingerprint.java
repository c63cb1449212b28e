package dev.backtester.core.analytics;

import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the exact bits of a run's trades, order events and equity curve: equal fingerprints
 * mean bit-identical results. Metadata (run id, timings) is left out.
 */
public final class RunFingerprint {
    private RunFingerprint() {
    }

    /** Hex SHA-256 of the trades and the equity curve of {@code result}. */
    public static String of(RunResult result) {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(160);
        for (Trade t : result.trades()) {
            digest.update(t.symbol().getBytes(StandardCharsets.UTF_8));
            buffer.clear();
            buffer.putInt(t.direction().sign()).putLong(t.entryTime()).putDouble(t.entryPrice())
                    .putLong(t.exitTime()).putDouble(t.exitPrice()).putDouble(t.shares()).putDouble(t.netPnl())
                    .putDouble(t.commission()).put((byte) (t.open() ? 1 : 0)).putLong(t.id())
                    .putDouble(t.slippage()).putDouble(t.borrowCost()).putDouble(t.dividends())
                    .putInt(t.exitReason().ordinal()).putDouble(t.maxFavorableExcursion())
                    .putDouble(t.maxAdverseExcursion()).putDouble(t.fillQualityScore()).putDouble(t.marketImpact());
            digest.update(buffer.array(), 0, buffer.position());
        }
        for (OrderEvent e : result.orders()) {
            buffer.clear();
            buffer.putLong(e.orderId()).putLong(e.tradeId()).putInt(e.bar()).putInt(e.kind().ordinal())
                    .putInt(e.reason().ordinal()).putDouble(e.shares()).putDouble(e.price()).putDouble(e.commission())
                    .putDouble(e.slippage());
            digest.update(buffer.array(), 0, buffer.position());
        }
        EquityCurve curve = result.equity();
        for (int k = 0; k < curve.size(); k++) {
            buffer.clear();
            buffer.putLong(curve.time(k)).putDouble(curve.equity(k)).putDouble(curve.cash(k));
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
