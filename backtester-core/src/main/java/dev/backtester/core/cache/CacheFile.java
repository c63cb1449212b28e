package dev.backtester.core.cache;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * One cache file: a fixed header, then the symbol and the six bar columns, little-endian.
 *
 * <pre>
 * offset size  field
 *  0      4    magic "BTCC"
 *  4      4    format version (1)
 *  8      4    bar count n
 * 12      4    symbol length s in UTF-8 bytes
 * 16      8    source size in bytes
 * 24      8    source last-modified time, epoch ms
 * 32     32    source SHA-256
 * 64      8    payload length = pad8(s) + 48 n
 * 72      4    CRC32C of the payload
 * 76      4    CRC32C of bytes 0..75
 * 80           payload: symbol, zero padding to a multiple of 8, times (long[n]), open, high, low,
 *              close, volume (double[n] each)
 * </pre>
 *
 * Reading checks the mapped file, before any value is used: the file is at least a header long, magic,
 * version, the header checksum, that the lengths agree with each other and with the file size (a
 * truncated or extended file fails here), and, before the columns are decoded, the payload checksum.
 * Columns are copied out with bulk reads of long and double views, which need no JVM flag.
 */
final class CacheFile {
    static final int MAGIC = 0x43435442; // "BTCC" read little-endian
    static final int VERSION = 1;
    static final int HEADER_BYTES = 80;
    /** Symbols longer than this are not plausible; a header claiming one is corrupt. */
    static final int MAX_SYMBOL_BYTES = 1024;
    private static final int COLUMNS = 6;

    private final ByteBuffer buffer;
    private final SourceStamp stamp;
    private final int bars;
    private final String symbol;
    private final int payloadCrc;
    private final long payloadLength;

    private CacheFile(ByteBuffer buffer, SourceStamp stamp, int bars, String symbol, int payloadCrc,
                      long payloadLength) {
        this.buffer = buffer;
        this.stamp = stamp;
        this.bars = bars;
        this.symbol = symbol;
        this.payloadCrc = payloadCrc;
        this.payloadLength = payloadLength;
    }

    /** The source the bars were built from. */
    SourceStamp stamp() {
        return stamp;
    }

    /** The symbol stored in the file. */
    String symbol() {
        return symbol;
    }

    /**
     * Checks the header of the cache file mapped in {@code mapped}, which is not changed: reads go through
     * a duplicate, so one mapping can serve several threads.
     *
     * @throws CorruptCacheException if the header or the file length is wrong
     */
    static CacheFile of(MappedByteBuffer mapped) throws CorruptCacheException {
        long size = mapped.capacity();
        if (size < HEADER_BYTES) {
            throw new CorruptCacheException("truncated: " + size + " bytes, shorter than the " + HEADER_BYTES
                    + "-byte header");
        }
        ByteBuffer buffer = mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt(0) != MAGIC) {
            throw new CorruptCacheException("not a cache file (magic " + Integer.toHexString(buffer.getInt(0)) + ")");
        }
        if (buffer.getInt(4) != VERSION) {
            throw new CorruptCacheException("format version " + buffer.getInt(4) + ", expected " + VERSION);
        }
        if (crc(buffer, 0, 76) != buffer.getInt(76)) {
            throw new CorruptCacheException("header checksum mismatch");
        }
        int bars = buffer.getInt(8);
        int symbolBytes = buffer.getInt(12);
        long payloadLength = buffer.getLong(64);
        if (bars < 0 || symbolBytes < 0 || symbolBytes > MAX_SYMBOL_BYTES
                || payloadLength != padded(symbolBytes) + (long) COLUMNS * Long.BYTES * bars) {
            throw new CorruptCacheException("inconsistent lengths: " + bars + " bars, symbol of " + symbolBytes
                    + " bytes, payload of " + payloadLength + " bytes");
        }
        if (size != HEADER_BYTES + payloadLength) {
            throw new CorruptCacheException("file has " + size + " bytes, the header promises " + (HEADER_BYTES + payloadLength)
                    + (size < HEADER_BYTES + payloadLength ? " (truncated)" : ""));
        }
        byte[] digest = new byte[SourceStamp.DIGEST_BYTES];
        buffer.get(32, digest);
        SourceStamp stamp = new SourceStamp(buffer.getLong(16), buffer.getLong(24), HexFormat.of().formatHex(digest));
        byte[] name = new byte[symbolBytes];
        buffer.get(HEADER_BYTES, name);
        return new CacheFile(buffer, stamp, bars, new String(name, StandardCharsets.UTF_8), buffer.getInt(72),
                payloadLength);
    }

    /**
     * Checks the payload checksum and copies the columns out.
     *
     * @throws CorruptCacheException if the payload checksum does not match
     */
    BarSeries bars() throws CorruptCacheException {
        if (crc(buffer, HEADER_BYTES, (int) payloadLength) != payloadCrc) {
            throw new CorruptCacheException("payload checksum mismatch");
        }
        int offset = HEADER_BYTES + padded(symbol.getBytes(StandardCharsets.UTF_8).length);
        long[] times = new long[bars];
        view(offset, bars).asLongBuffer().get(times);
        double[][] columns = new double[COLUMNS - 1][bars];
        for (int k = 0; k < columns.length; k++) {
            view(offset + (long) (k + 1) * Long.BYTES * bars, bars).asDoubleBuffer().get(columns[k]);
        }
        return new BarSeries(symbol, times, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    private ByteBuffer view(long offset, int count) {
        // slices start in big-endian order whatever the parent's order is
        return buffer.slice((int) offset, count * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes {@code series} and {@code stamp} to {@code target} atomically: the bytes go to a temporary file
     * in the same directory, are forced to disk, and the file is then renamed over the target, so a reader
     * sees the old file or the complete new one, never half of one.
     */
    static void write(Path target, BarSeries series, SourceStamp stamp) throws IOException {
        byte[] name = series.symbol().getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_SYMBOL_BYTES) {
            throw new IllegalArgumentException("symbol of " + name.length + " bytes is too long to cache: "
                    + series.symbol().substring(0, 40) + "...");
        }
        int n = series.size();
        long payloadLength = padded(name.length) + (long) COLUMNS * Long.BYTES * n;
        if (HEADER_BYTES + payloadLength > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(series + " is too large for one cache file");
        }
        ByteBuffer out = ByteBuffer.allocate((int) (HEADER_BYTES + payloadLength)).order(ByteOrder.LITTLE_ENDIAN);
        out.position(HEADER_BYTES);
        out.put(name);
        out.position(HEADER_BYTES + padded(name.length));
        out.asLongBuffer().put(series.times());
        int columnBytes = Long.BYTES * n;
        int offset = out.position() + columnBytes;
        for (PriceField field : PriceField.values()) {
            out.position(offset);
            out.asDoubleBuffer().put(series.column(field));
            offset += columnBytes;
        }
        out.putInt(0, MAGIC);
        out.putInt(4, VERSION);
        out.putInt(8, n);
        out.putInt(12, name.length);
        out.putLong(16, stamp.size());
        out.putLong(24, stamp.modified());
        out.put(32, stamp.digestBytes());
        out.putLong(64, payloadLength);
        out.putInt(72, crc(out, HEADER_BYTES, (int) payloadLength));
        out.putInt(76, crc(out, 0, 76));

        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                out.clear();
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int crc(ByteBuffer buffer, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(buffer.slice(offset, length));
        return (int) crc.getValue();
    }

    private static int padded(int bytes) {
        return (bytes + 7) & ~7;
    }
}
