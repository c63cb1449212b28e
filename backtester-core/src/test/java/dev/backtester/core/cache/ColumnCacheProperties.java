package dev.backtester.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/** Any series written to the cache reads back equal, bit for bit, whatever its symbol. */
class ColumnCacheProperties {
    private final Path dir = temporaryDirectory();

    @Property(tries = 60)
    void anySeriesReadsBackEqual(@ForAll long seed, @ForAll @IntRange(min = 0, max = 500) int n,
                                 @ForAll("symbols") String symbol) throws IOException {
        Random random = new Random(seed);
        long[] times = new long[n];
        double[][] columns = new double[5][n];
        long time = random.nextLong() >> 20;
        for (int i = 0; i < n; i++) {
            time += 1 + random.nextInt(1_000_000);
            times[i] = time;
            for (double[] column : columns) {
                column[i] = random.nextDouble() * Math.pow(10, random.nextInt(12) - 4);
            }
        }
        BarSeries series = new BarSeries(symbol, times, columns[0], columns[1], columns[2], columns[3], columns[4]);
        Path source = Files.writeString(dir.resolve("source-" + seed), "seed " + seed);
        ColumnCache cache = new ColumnCache(dir.resolve("cache"));

        assertEquals(CacheOutcome.BUILT, cache.load(symbol, source, () -> series).outcome());
        CachedLoad back = cache.load(symbol, source, () -> {
            throw new AssertionError("a current entry must not be rebuilt");
        });
        assertEquals(CacheOutcome.HIT, back.outcome());
        assertEquals(series, back.series());
        cache.invalidate(symbol);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> symbols() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withChars('é', '中', '/').ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.isBlank());
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("column-cache-property");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
