package dev.backtester.timescale;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Bundled sample files and generated bars for the tests. */
public final class TestData {
    public static final long DAY = 86_400_000L;

    private TestData() {
    }

    /** A file under src/test/resources/data. */
    public static Path file(String name) {
        URL url = TestData.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundled Yahoo-style daily file read by the core CSV reader as {@code symbol}. */
    public static BarSeries yahoo(String name, String symbol) {
        return new CsvBarReader(CsvFormat.yahoo()).read(file(name), symbol);
    }

    /** A random walk of {@code n} daily bars starting at {@code firstTime}, reproducible from {@code seed}. */
    public static BarSeries randomWalk(String symbol, long seed, int n, long firstTime) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double price = 50 + random.nextDouble() * 50;
        for (int i = 0; i < n; i++) {
            times[i] = firstTime + i * DAY;
            open[i] = price;
            price = Math.max(1, price * (1 + (random.nextDouble() - 0.5) * 0.04));
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1 + random.nextDouble() * 0.01);
            low[i] = Math.min(open[i], close[i]) * (1 - random.nextDouble() * 0.01);
            volume[i] = Math.floor(random.nextDouble() * 1e7);
        }
        return new BarSeries(symbol, times, open, high, low, close, volume);
    }
}
