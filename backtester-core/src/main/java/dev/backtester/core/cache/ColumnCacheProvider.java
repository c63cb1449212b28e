package dev.backtester.core.cache;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import dev.backtester.core.data.BadBarPolicy;
import dev.backtester.core.data.CsvDirectoryProvider;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.data.DataLoading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A directory of CSV files served through a {@link ColumnCache}: the first load of a symbol parses and
 * validates its CSV file and caches the bars; later loads read the cache until the file changes.
 * Symbols, file names and validation are those of {@link CsvDirectoryProvider}. Thread-safe;
 * {@link #loadAll} loads in parallel.
 */
public final class ColumnCacheProvider implements DataProvider {
    private final CsvDirectoryProvider source;
    private final ColumnCache cache;
    private final List<String> extensions;

    /** CSV files ending in {@code .csv} read with {@code format} (failing on any bad row), cached in {@code cacheDirectory}. */
    public ColumnCacheProvider(Path csvDirectory, CsvFormat format, Path cacheDirectory) {
        this(csvDirectory, format, BadBarPolicy.FAIL, List.of("csv"), new ColumnCache(cacheDirectory));
    }

    /**
     * @param csvDirectory the directory with one CSV file per symbol
     * @param format       the files' layout
     * @param policy       what to do with invalid rows when a file is parsed
     * @param extensions   the extensions of bar files, without the dot
     * @param cache        where the parsed bars are cached
     */
    public ColumnCacheProvider(Path csvDirectory, CsvFormat format, BadBarPolicy policy, List<String> extensions,
                               ColumnCache cache) {
        this.source = new CsvDirectoryProvider(csvDirectory, format, policy, extensions);
        this.cache = Objects.requireNonNull(cache, "cache");
        List<String> lower = new ArrayList<>();
        for (String extension : extensions) {
            lower.add((extension.startsWith(".") ? extension.substring(1) : extension).toLowerCase(Locale.ROOT));
        }
        this.extensions = List.copyOf(lower);
    }

    /** The cache in use. */
    public ColumnCache cache() {
        return cache;
    }

    @Override
    public List<String> symbols() {
        return source.symbols();
    }

    @Override
    public BarSeries load(String symbol) {
        return loadWithOutcome(symbol).series();
    }

    /** Loads {@code symbol} and tells whether the cache was hit or rebuilt. */
    public CachedLoad loadWithOutcome(String symbol) {
        return load(symbol, source.fileOf(symbol));
    }

    /**
     * Loads {@code symbols} in parallel (see {@link DataLoading#loadAll}), listing the directory once rather
     * than once per symbol.
     */
    public List<BarSeries> loadAll(List<String> symbols) {
        Map<String, Path> files = listFiles();
        return DataLoading.loadAll(new DataProvider() {
            @Override
            public List<String> symbols() {
                return symbols;
            }

            @Override
            public BarSeries load(String symbol) {
                Path file = files.get(symbol);
                // unknown or ambiguous symbols go the slow way, which reports them as CsvDirectoryProvider does
                return file == null ? ColumnCacheProvider.this.load(symbol) : ColumnCacheProvider.this.load(symbol, file).series();
            }
        }, symbols);
    }

    private CachedLoad load(String symbol, Path file) {
        return cache.load(symbol, file, () -> source.load(symbol));
    }

    /** Symbol to file for the files with one of the extensions; a symbol with two files is left out. */
    private Map<String, Path> listFiles() {
        Map<String, Path> files = new HashMap<>();
        List<String> ambiguous = new ArrayList<>();
        try (Stream<Path> entries = Files.list(source.directory())) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                for (String extension : extensions) {
                    int symbolLength = name.length() - extension.length() - 1;
                    // no per-file type check: a directory named like a bar file fails when it is read, naming it
                    if (symbolLength > 0 && lower.endsWith("." + extension)
                            && files.put(name.substring(0, symbolLength), file) != null) {
                        ambiguous.add(name.substring(0, symbolLength));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bar directory " + source.directory() + ": " + e.getMessage(), e);
        }
        ambiguous.forEach(files::remove);
        return files;
    }
}
