package dev.backtester.benchmarks.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.cache.ColumnCacheProvider;
import dev.backtester.core.data.CsvDirectoryProvider;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.data.DataLoading;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Peak heap while loading 100 symbols x 10 years of daily bars, by CSV parsing or from the column cache.
 * Run each way in its own JVM so that one does not inherit the other's garbage:
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.backtester.benchmarks.data.LoadMemory csv
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.backtester.benchmarks.data.LoadMemory cache
 * </pre>
 */
public final class LoadMemory {
    private LoadMemory() {
    }

    public static void main(String[] args) throws Exception {
        String way = args.length == 0 ? "cache" : args[0];
        Path directory = Files.createTempDirectory("load-memory");
        try {
            Path csvDirectory = Files.createDirectory(directory.resolve("csv"));
            List<String> symbols = SyntheticCsv.writeDaily(csvDirectory, LoadBenchmarks.SYMBOLS, SyntheticCsv.TEN_YEARS);
            ColumnCacheProvider cached = new ColumnCacheProvider(csvDirectory, CsvFormat.generic(), directory.resolve("cache"));
            if (way.equals("cache")) {
                cached.loadAll(symbols); // fill the cache first: the figure below is for reading it
            }
            List<BarSeries> loaded;
            try (HeapWatch watch = HeapWatch.start()) {
                long started = System.nanoTime();
                loaded = switch (way) {
                    case "csv" -> DataLoading.loadAll(new CsvDirectoryProvider(csvDirectory, CsvFormat.generic()), symbols);
                    case "cache" -> cached.loadAll(symbols);
                    default -> throw new IllegalArgumentException("usage: LoadMemory csv|cache");
                };
                long elapsed = System.nanoTime() - started;
                long bars = loaded.stream().mapToLong(BarSeries::size).sum();
                System.out.printf(Locale.ROOT, "%s: %d symbols, %,d bars in %.1f ms (one cold run); %s%n", way,
                        loaded.size(), bars, elapsed / 1e6, watch.summary());
            }
            System.gc();
            System.out.printf(Locale.ROOT, "retained after the load (the loaded bars, after a full GC): %.1f MB%n",
                    HeapWatch.usedMb());
            if (loaded.size() != LoadBenchmarks.SYMBOLS) {
                throw new IllegalStateException("expected " + LoadBenchmarks.SYMBOLS + " series");
            }
        } finally {
            SyntheticCsv.delete(directory);
        }
    }
}
