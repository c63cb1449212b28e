package dev.backtester.benchmarks.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.cache.ColumnCache;
import dev.backtester.core.cache.ColumnCacheProvider;
import dev.backtester.core.cache.SourceCheck;
import dev.backtester.core.data.BadBarPolicy;
import dev.backtester.core.data.CsvDirectoryProvider;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.data.DataLoading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading 100 symbols x 10 years of daily bars (252,000 bars): parsing and validating the CSV files
 * against reading the column cache, both in parallel on {@link DataLoading}'s pool. One operation = all 100
 * symbols. The files are generated in a temporary directory in the setup and the cache is filled once
 * before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoadBenchmarks {
    static final int SYMBOLS = 100;

    private Path directory;
    private List<String> symbols;
    private CsvDirectoryProvider csv;
    private ColumnCacheProvider cached;
    private ColumnCacheProvider cachedHashing;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("load-benchmarks");
        Path csvDirectory = Files.createDirectory(directory.resolve("csv"));
        symbols = SyntheticCsv.writeDaily(csvDirectory, SYMBOLS, SyntheticCsv.TEN_YEARS);
        csv = new CsvDirectoryProvider(csvDirectory, CsvFormat.generic());
        Path cacheDirectory = directory.resolve("cache");
        cached = new ColumnCacheProvider(csvDirectory, CsvFormat.generic(), cacheDirectory);
        cachedHashing = new ColumnCacheProvider(csvDirectory, CsvFormat.generic(), BadBarPolicy.FAIL, List.of("csv"),
                new ColumnCache(cacheDirectory, SourceCheck.CONTENT_HASH));
        List<BarSeries> parsed = csv.loadAll(symbols);
        if (!parsed.equals(cached.loadAll(symbols)) || !parsed.equals(cached.loadAll(symbols))) {
            throw new IllegalStateException("the cache must give back the parsed bars");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticCsv.delete(directory);
    }

    /** Parses and validates the 100 CSV files, on the same parallel loader as the cache. */
    @Benchmark
    public List<BarSeries> parseCsv() {
        return DataLoading.loadAll(csv, symbols);
    }

    /** Reads the 100 symbols from the cache, trusting unchanged size and modification time (the default). */
    @Benchmark
    public List<BarSeries> readCache() {
        return cached.loadAll(symbols);
    }

    /** Reads the 100 symbols from the cache, hashing every source file to check it (SourceCheck.CONTENT_HASH). */
    @Benchmark
    public List<BarSeries> readCacheHashingSources() {
        return cachedHashing.loadAll(symbols);
    }
}
