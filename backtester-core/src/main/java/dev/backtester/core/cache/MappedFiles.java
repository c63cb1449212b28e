package dev.backtester.core.cache;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps cache files mapped between loads, so that loading an unchanged entry again touches no new pages.
 *
 * <p>Why: the first read of a fresh mapping faults every page in, and on virtual machines a page fault
 * costs microseconds; mapping once and reusing the mapping makes repeated loads (parameter sweeps,
 * notebooks, benchmarks) a checksum and a copy. A mapping is reused only while the file has the same
 * identity (inode), size and modification time; a file replaced by the cache's atomic rename is a new
 * inode and gets a new mapping. (A mapping shares the file's pages, so even a same-size change written
 * into the file in place is what the payload checksum then sees.) Mappings are released by the garbage collector once the owning cache is
 * unreachable or {@link #forget} dropped them. Thread-safe.
 */
final class MappedFiles {
    private final ConcurrentMap<Path, Mapping> mappings = new ConcurrentHashMap<>();

    /** One mapped file and the attributes it had when mapped. */
    private record Mapping(Object fileKey, long size, FileTime modified, MappedByteBuffer buffer) {
        boolean matches(BasicFileAttributes attributes) {
            return Objects.equals(fileKey, attributes.fileKey()) && size == attributes.size()
                    && modified.equals(attributes.lastModifiedTime());
        }
    }

    /**
     * A read-only, little-endian mapping of {@code file}: the one from an earlier call while the file is
     * unchanged, a new one otherwise. Callers must not change its position, limit or order; they read
     * through duplicates or absolute methods.
     *
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException                       if it cannot be read
     */
    MappedByteBuffer map(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Mapping known = mappings.get(file);
        if (known != null && known.matches(attributes)) {
            return known.buffer();
        }
        Mapping fresh = new Mapping(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(),
                mapNow(file, attributes.size()));
        mappings.put(file, fresh);
        return fresh.buffer();
    }

    /** Drops the mapping of {@code file}, e.g. after the file was rewritten. */
    void forget(Path file) {
        mappings.remove(file);
    }

    private static MappedByteBuffer mapNow(Path file, long size) throws IOException {
        if (size > Integer.MAX_VALUE) {
            throw new IOException("cache file " + file + " is too large for one mapping: " + size + " bytes");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // the size read before opening is used, so a file that grew meanwhile fails the length check
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(size, channel.size()));
            buffer.order(ByteOrder.LITTLE_ENDIAN);
            return buffer;
        }
    }
}
