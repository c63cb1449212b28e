package dev.backtester.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a cache entry remembers about its source file: size and modification time (cheap to read) and
 * the SHA-256 of the content (the actual key).
 *
 * @param size     the source's size in bytes
 * @param modified the source's last-modified time, epoch milliseconds
 * @param sha256   the SHA-256 of the source's content, 64 lower-case hex digits
 */
public record SourceStamp(long size, long modified, String sha256) {

    /** Length of a SHA-256 digest in bytes. */
    static final int DIGEST_BYTES = 32;

    public SourceStamp {
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 2 * DIGEST_BYTES) {
            throw new IllegalArgumentException("sha256 must be " + 2 * DIGEST_BYTES + " hex digits, got " + sha256);
        }
    }

    /**
     * Stamps {@code source}: size and time first, then the hash, so that a change while hashing leaves a
     * stamp whose time no longer matches and is hashed again on the next load.
     */
    public static SourceStamp of(Path source) {
        long[] sizeAndTime = sizeAndTime(source);
        return new SourceStamp(sizeAndTime[0], sizeAndTime[1], sha256(source));
    }

    /** True when {@code source}'s size and modification time are the recorded ones. */
    boolean sameSizeAndTime(Path source) {
        long[] sizeAndTime = sizeAndTime(source);
        return sizeAndTime[0] == size && sizeAndTime[1] == modified;
    }

    static long[] sizeAndTime(Path source) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + source + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of {@code source}'s content as hex. */
    static String sha256(Path source) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(source)) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                digest.update(chunk, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " to hash it: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    byte[] digestBytes() {
        return HexFormat.of().parseHex(sha256);
    }
}
