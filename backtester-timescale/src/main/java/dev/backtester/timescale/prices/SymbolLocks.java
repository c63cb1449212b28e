package dev.backtester.timescale.prices;

import dev.backtester.timescale.schema.SchemaName;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Transaction-scoped advisory locks per (schema, timeframe, symbol), so two ingests of the same
 * symbol never interleave. Keys are taken in ascending order, so two ingests of overlapping symbol
 * sets cannot deadlock. A hash collision between two symbols only makes them queue up needlessly.
 */
final class SymbolLocks {
    private SymbolLocks() {
    }

    static void lock(DSLContext tx, SchemaName schema, String timeframe, List<PriceRows> rows) {
        Long[] keys = new Long[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(schema, timeframe, rows.get(i).series().symbol());
        }
        Arrays.sort(keys);
        // unnest yields the array in order, so the locks are taken in ascending key order
        tx.query("SELECT count(pg_advisory_xact_lock(k)) FROM unnest({0}) AS k",
                DSL.val(keys, SQLDataType.BIGINT.array())).execute();
    }

    static long key(SchemaName schema, String timeframe, String symbol) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // lengths first, so ("ab", "c") and ("a", "bc") give different keys
            String text = "dev.backtester.timescale.prices:" + schema.value().length() + ":" + schema.value() + ":"
                    + timeframe.length() + ":" + timeframe + ":" + symbol;
            return ByteBuffer.wrap(sha.digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
