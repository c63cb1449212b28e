package dev.backtester.core.cache;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of binary column files, one per symbol, holding validated bars built from a source file
 * and keyed by that file's content hash.
 *
 * <p>{@link #load} returns the cached bars when the entry belongs to the source (see {@link SourceCheck})
 * and is intact; otherwise it builds the bars from the source, writes a new entry atomically and returns
 * them. A corrupt or truncated entry (bad magic, version or length, checksum mismatch; see the file
 * layout in the package documentation) is detected before any value is read, logged, and rebuilt.
 *
 * <p>Entries are memory-mapped and copied out with bulk reads; no JVM flag is needed. A cache keeps the
 * mappings of unchanged entries between loads (see the package documentation), so repeated loads in one
 * process touch no new pages; the payload checksum is still verified on every load. Safe for concurrent
 * loads of different symbols; concurrent loads of one symbol may both rebuild, and the last complete
 * file wins. On case-insensitive file systems, symbols differing only in case share a file, which is
 * then rebuilt whenever the other symbol is loaded (the stored symbol is compared), never mixed up.
 * Windows does not let a file be replaced while it is mapped, so there a rebuild of an entry this cache
 * still maps may fail with an I/O error; the library is built and tested on Linux.
 */
public final class ColumnCache {
    private static final Logger LOG = LoggerFactory.getLogger(ColumnCache.class);
    /** File name extension of entries. */
    public static final String EXTENSION = ".bars";

    private final Path directory;
    private final SourceCheck check;
    private final MappedFiles mappings = new MappedFiles();

    /** A cache in {@code directory} (created when first written) that trusts unchanged size and time. */
    public ColumnCache(Path directory) {
        this(directory, SourceCheck.SIZE_AND_TIME);
    }

    /** A cache in {@code directory} checking sources with {@code check}. */
    public ColumnCache(Path directory, SourceCheck check) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.check = Objects.requireNonNull(check, "check");
    }

    /** The cache directory. */
    public Path directory() {
        return directory;
    }

    /**
     * The bars of {@code symbol} built from {@code source}: from the cache when its entry is current and
     * intact, otherwise from {@code build} (which must return validated bars of {@code symbol}), cached
     * for next time.
     *
     * @throws UncheckedIOException if the source or the cache cannot be read or written
     */
    public CachedLoad load(String symbol, Path source, Supplier<BarSeries> build) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(build, "build");
        Path entry = fileOf(symbol);
        CacheOutcome outcome;
        SourceStamp current = null;
        try {
            CacheFile cached = CacheFile.of(mappings.map(entry));
            SourceStamp recorded = cached.stamp();
            if (cached.symbol().equals(symbol) && check == SourceCheck.SIZE_AND_TIME && recorded.sameSizeAndTime(source)) {
                return new CachedLoad(cached.bars(), CacheOutcome.HIT);
            }
            current = SourceStamp.of(source);
            if (cached.symbol().equals(symbol) && current.sha256().equals(recorded.sha256())) {
                BarSeries bars = cached.bars();
                if (!current.equals(recorded)) {
                    // same content, new time (a touch or a copy): record it so later loads skip the hash
                    CacheFile.write(entry, bars, current);
                    mappings.forget(entry);
                }
                return new CachedLoad(bars, CacheOutcome.HIT);
            }
            outcome = CacheOutcome.REBUILT_STALE;
        } catch (NoSuchFileException e) {
            outcome = CacheOutcome.BUILT;
        } catch (CorruptCacheException e) {
            LOG.atWarn().addKeyValue("event", "cache_entry_corrupt").addKeyValue("file", entry)
                    .addKeyValue("reason", e.getMessage()).log("rebuilding corrupt cache entry {}: {}", entry, e.getMessage());
            outcome = CacheOutcome.REBUILT_CORRUPT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache entry " + entry + ": " + e.getMessage(), e);
        }
        // stamp before building: if the source changes meanwhile, its new time fails the next size-and-time check
        SourceStamp stamp = current != null ? current : SourceStamp.of(source);
        return new CachedLoad(rebuild(symbol, source, build, entry, stamp), outcome);
    }

    private BarSeries rebuild(String symbol, Path source, Supplier<BarSeries> build, Path entry,
                                     SourceStamp stamp) {
        BarSeries bars = build.get();
        if (!bars.symbol().equals(symbol)) {
            throw new IllegalStateException("building " + symbol + " from " + source + " gave bars of " + bars.symbol());
        }
        try {
            CacheFile.write(entry, bars, stamp);
            mappings.forget(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry " + entry + ": " + e.getMessage(), e);
        }
        return bars;
    }

    /**
     * The entry file of {@code symbol}: the symbol with every character other than ASCII letters, digits,
     * {@code .}, {@code _} and {@code -} written as {@code %XX} UTF-8 bytes, then {@link #EXTENSION}.
     */
    public Path fileOf(String symbol) {
        StringBuilder name = new StringBuilder();
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || (c == '.' && name.length() > 0);
            name.append(plain ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
        }
        return directory.resolve(name + EXTENSION);
    }

    /** Deletes the entry of {@code symbol}, if there is one. */
    public void invalidate(String symbol) {
        mappings.forget(fileOf(symbol));
        try {
            Files.deleteIfExists(fileOf(symbol));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete cache entry of " + symbol + ": " + e.getMessage(), e);
        }
    }
}
