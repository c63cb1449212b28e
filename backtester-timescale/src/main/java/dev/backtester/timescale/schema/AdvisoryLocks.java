package dev.backtester.timescale.schema;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Transaction-scoped PostgreSQL advisory locks on names: what serializes writers of the same thing
 * (a schema's migration, a symbol's bars, a cache entry) across connections and JVMs. Keys are 64-bit
 * hashes of the name parts; a collision only makes two unrelated writers queue up needlessly.
 */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    /** The lock key of a name made of {@code parts}, the same in every JVM. */
    public static long key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                // length-prefixed, so ("ab", "c") and ("a", "bc") give different keys
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Takes lock {@code key} for the connection's session, waiting for other holders, until
     * {@link #unlockSession} or the session ends. Unlike a transaction lock it can be taken before a
     * transaction begins: a transaction that starts after the lock is granted sees every catalog change
     * the previous holder committed, which a transaction already under way may not (PostgreSQL does not
     * refresh its catalog caches on advisory locks).
     */
    public static void lockSession(DSLContext session, long key) {
        session.query("SELECT pg_advisory_lock({0})", DSL.val(key)).execute();
    }

    /** Releases a lock taken by {@link #lockSession} on the same connection. */
    public static void unlockSession(DSLContext session, long key) {
        session.query("SELECT pg_advisory_unlock({0})", DSL.val(key)).execute();
    }

    /**
     * Takes the locks {@code keys} until the end of the current transaction, waiting for other holders.
     * Keys are taken in ascending order, so two transactions locking overlapping sets cannot deadlock.
     */
    public static void lock(DSLContext tx, long... keys) {
        Long[] sorted = Arrays.stream(keys).sorted().boxed().toArray(Long[]::new);
        // unnest yields the array in order, so the locks are taken in ascending key order
        tx.query("SELECT count(pg_advisory_xact_lock(k)) FROM unnest({0}) AS k",
                DSL.val(sorted, SQLDataType.BIGINT.array())).execute();
    }
}
