/**
 * The binary column cache: validated bars stored as memory-mapped column files, so that loading many
 * symbols costs a file mapping and a bulk copy instead of parsing text.
 *
 * <ul>
 *   <li>{@link dev.backtester.core.cache.ColumnCache} keeps one file per symbol, keyed by the SHA-256 of the
 *       source file it was built from ({@link dev.backtester.core.cache.SourceStamp}); a changed source
 *       rebuilds it. {@link dev.backtester.core.cache.SourceCheck} chooses between trusting unchanged size and
 *       modification time (default, fast) and hashing on every load (strict).</li>
 *   <li>{@link dev.backtester.core.cache.ColumnCacheProvider} is a
 *       {@link dev.backtester.api.data.DataProvider} over a directory of CSV files with the cache in front;
 *       {@code loadAll} loads symbols in parallel.</li>
 * </ul>
 *
 * <p><b>File layout</b> (little-endian): an 80-byte header (magic {@code BTCC}, format version, bar count,
 * symbol length, source size, time and SHA-256, payload length, CRC32C of the payload, CRC32C of the
 * header), then the symbol padded to 8 bytes and the columns times, open, high, low, close, volume.
 * A file shorter or longer than its header promises, with another magic or version, or with a checksum
 * mismatch is corrupt: it is rebuilt, never read as data. Files are written to a temporary file, forced
 * to disk and renamed over the old one atomically, so a crash leaves the old file or the new one.
 *
 * <p>Reading uses {@link java.nio.MappedByteBuffer} views ({@code asLongBuffer().get(long[])},
 * {@code asDoubleBuffer().get(double[])}): plain Java, no {@code --add-exports} or other JVM flag.
 */
package dev.backtester.core.cache;
