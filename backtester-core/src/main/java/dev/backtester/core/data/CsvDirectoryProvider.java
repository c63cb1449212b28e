package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of CSV files, one per symbol: the symbol is the file name without its extension
 * ({@code ORCL.csv} holds {@code ORCL}). Only regular files directly in the directory with one of the
 * configured extensions (compared ignoring case) count; the directory is listed again on every call, so
 * files added later are seen. Thread-safe.
 */
public final class CsvDirectoryProvider implements DataProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDirectoryProvider.class);
    /** Problems of a dropped-rows report written to the log; the full report is in {@link #loadWithReport}. */
    private static final int MAX_LOGGED_PROBLEMS = 20;

    private final Path directory;
    private final CsvBarReader reader;
    private final List<String> extensions;

    /** Files ending in {@code .csv}, read with {@code format}, failing on any problem. */
    public CsvDirectoryProvider(Path directory, CsvFormat format) {
        this(directory, format, BadBarPolicy.FAIL, List.of("csv"));
    }

    /**
     * @param directory  the directory holding one file per symbol
     * @param format     the layout of every file
     * @param policy     what to do with invalid rows
     * @param extensions the file extensions that hold bars, without the dot, e.g. {@code csv}, {@code txt}
     * @throws IllegalArgumentException if no extension is given or one is blank
     */
    public CsvDirectoryProvider(Path directory, CsvFormat format, BadBarPolicy policy, List<String> extensions) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.reader = new CsvBarReader(format, policy);
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("at least one file extension is needed");
        }
        List<String> normalized = new ArrayList<>();
        for (String extension : extensions) {
            String bare = extension.startsWith(".") ? extension.substring(1) : extension;
            if (bare.isBlank()) {
                throw new IllegalArgumentException("blank file extension in " + extensions);
            }
            normalized.add(bare.toLowerCase(Locale.ROOT));
        }
        this.extensions = List.copyOf(normalized);
    }

    /** The directory this provider reads. */
    public Path directory() {
        return directory;
    }

    /**
     * The symbols of all bar files in the directory, sorted.
     *
     * @throws IllegalStateException if two files give the same symbol ({@code A.csv} and {@code A.txt})
     * @throws UncheckedIOException  if the directory cannot be listed
     */
    @Override
    public List<String> symbols() {
        return List.copyOf(listFiles().keySet());
    }

    /** The file holding {@code symbol}'s bars; see {@link #load(String)} for the failures. */
    public Path fileOf(String symbol) {
        return fileOf(symbol, listFiles());
    }

    /**
     * Loads the bars of {@code symbol}. Under {@link BadBarPolicy#DROP_AND_REPORT} dropped rows are logged as
     * a warning; use {@link #loadWithReport(String)} to get the report.
     *
     * @throws IllegalArgumentException if the directory has no file for {@code symbol}
     * @throws DataValidationException  if the file has problems the policy does not allow
     * @throws UncheckedIOException     if the file cannot be read
     */
    @Override
    public BarSeries load(String symbol) {
        return loadWithReport(symbol).series();
    }

    /** Loads the bars of {@code symbol} with the validation report; see {@link #load(String)}. */
    public CsvLoad loadWithReport(String symbol) {
        return loadFile(symbol, fileOf(symbol));
    }

    /**
     * Loads several symbols in parallel, on a pool no larger than the number of processors, and returns
     * them in the order requested. Every file is attempted; if some fail, the first failure in request
     * order is thrown with the others attached as suppressed exceptions, each naming its file.
     *
     * @throws IllegalArgumentException if the directory has no file for one of the symbols (before any
     *                                  file is read)
     */
    public List<BarSeries> loadAll(List<String> symbols) {
        Map<String, Path> files = listFiles();
        List<Path> paths = symbols.stream().map(symbol -> fileOf(symbol, files)).toList();
        int threads = Math.min(symbols.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<BarSeries> loaded = new ArrayList<>();
            for (int i = 0; i < symbols.size(); i++) {
                loaded.add(loadFile(symbols.get(i), paths.get(i)).series());
            }
            return loaded;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new LoaderThreads());
        try {
            List<Future<CsvLoad>> futures = new ArrayList<>();
            for (int i = 0; i < symbols.size(); i++) {
                String symbol = symbols.get(i);
                Path path = paths.get(i);
                futures.add(pool.submit(() -> loadFile(symbol, path)));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<BarSeries> collect(List<Future<CsvLoad>> futures) {
        List<BarSeries> loaded = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<CsvLoad> future : futures) {
            try {
                loaded.add(future.get().series());
            } catch (ExecutionException e) {
                RuntimeException cause = asUnchecked(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading bar files", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return loaded;
    }

    private static RuntimeException asUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private CsvLoad loadFile(String symbol, Path file) {
        CsvLoad load = reader.load(file, symbol);
        if (!load.report().isClean()) {
            LOG.warn("dropped {} invalid rows of {}: {}", load.droppedRows(), symbol,
                    load.report().summary(MAX_LOGGED_PROBLEMS));
        }
        return load;
    }

    private Path fileOf(String symbol, Map<String, Path> files) {
        Path file = files.get(symbol);
        if (file == null) {
            throw new IllegalArgumentException("no bar file for symbol '" + symbol + "' in " + directory
                    + " (extensions " + extensions + ")");
        }
        return file;
    }

    /** Symbol to file, sorted by symbol. */
    private Map<String, Path> listFiles() {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                String symbol = symbolOf(file.getFileName().toString());
                if (symbol != null && Files.isRegularFile(file)) {
                    Path other = files.put(symbol, file);
                    if (other != null) {
                        throw new IllegalStateException("symbol '" + symbol + "' has two files in " + directory
                                + ": " + other.getFileName() + " and " + file.getFileName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bar directory " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** The symbol of a file name with one of the extensions, or null for other files. */
    private String symbolOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            int symbolLength = fileName.length() - extension.length() - 1;
            if (symbolLength > 0 && lower.endsWith("." + extension)) {
                return fileName.substring(0, symbolLength);
            }
        }
        return null;
    }

    /** Named daemon threads, so a forgotten pool can neither keep the JVM alive nor hide in a thread dump. */
    private static final class LoaderThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger threads = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "csv-loader-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
