package dev.backtester.timescale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.timescale.cache.IndicatorCache;
import dev.backtester.timescale.cache.IndicatorKey;
import dev.backtester.timescale.prices.DatabaseDataProvider;
import dev.backtester.timescale.prices.PriceIngestor;
import dev.backtester.timescale.prices.TimeRange;
import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.SchemaMigrator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndicatorCacheIT {
    private static Database db;
    private static IndicatorCache cache;

    @BeforeAll
    static void migrate() {
        db = TestPostgres.freshSchema("it_cache");
        new SchemaMigrator(db).migrate();
        cache = new IndicatorCache(db);
    }

    /** Simple moving average of the closes, NaN during warm-up. */
    private static double[] sma(BarSeries bars, int period) {
        double[] out = new double[bars.size()];
        double sum = 0;
        for (int i = 0; i < bars.size(); i++) {
            sum += bars.close(i);
            if (i >= period) {
                sum -= bars.close(i - period);
            }
            out[i] = i >= period - 1 ? sum / period : Double.NaN;
        }
        return out;
    }

    @Test
    void valuesComeBackBitIdenticalAndAlignedToTheAskedTimes() {
        BarSeries bars = TestData.randomWalk("CACHED", 1, 300, 0);
        IndicatorKey key = IndicatorKey.of(bars, "1d", "sma", "period=20");
        double[] values = sma(bars, 20);
        values[100] = Double.POSITIVE_INFINITY;
        values[101] = -0.0;

        cache.put(key, bars.times(), values);

        assertArrayEquals(values, cache.get(key, bars.times()).orElseThrow());
        BarSeries middle = bars.slice(50, 150);
        assertArrayEquals(Arrays.copyOfRange(values, 50, 150), cache.get(key, middle.times()).orElseThrow());
        long[] withUnknownTime = Arrays.copyOf(bars.times(), bars.size() + 1);
        withUnknownTime[bars.size()] = bars.time(bars.size() - 1) + 1;
        assertTrue(cache.get(key, withUnknownTime).isEmpty(), "a time with no value is a miss");
        assertTrue(cache.get(new IndicatorKey("CACHED", "1d", "sma", "period=21", key.dataHash()), bars.times())
                .isEmpty(), "other parameters are another entry");
    }

    @Test
    void valuesComputedOnOldPricesAreNotReusedAfterThePricesChange() {
        PriceIngestor ingestor = new PriceIngestor(db);
        BarSeries original = TestData.randomWalk("MOVED", 2, 120, 0);
        ingestor.ingest("1d", original);
        DatabaseDataProvider provider = DatabaseDataProvider.of(db, "1d", TimeRange.ALL, List.of("MOVED"));
        BarSeries loaded = provider.load("MOVED");
        IndicatorKey before = IndicatorKey.of(loaded, "1d", "sma", "period=10");
        cache.put(before, loaded.times(), sma(loaded, 10));
        assertTrue(cache.get(IndicatorKey.of(provider.load("MOVED"), "1d", "sma", "period=10"), loaded.times())
                .isPresent(), "same prices, same entry");

        double[] close = original.column(PriceField.CLOSE);
        close[60] *= 1.01;
        ingestor.ingest("1d", new BarSeries("MOVED", original.times(), original.column(PriceField.OPEN),
                original.column(PriceField.HIGH), original.column(PriceField.LOW), close,
                original.column(PriceField.VOLUME)));
        BarSeries changed = provider.load("MOVED");
        IndicatorKey after = IndicatorKey.of(changed, "1d", "sma", "period=10");

        assertNotEquals(before.dataHash(), after.dataHash());
        assertTrue(cache.get(after, changed.times()).isEmpty(), "values of the old prices are ignored");
        cache.put(after, changed.times(), sma(changed, 10));
        assertArrayEquals(sma(changed, 10), cache.get(after, changed.times()).orElseThrow());
    }

    @Test
    void aPutReplacesTheEntryAndRemoveDropsASymbol() {
        BarSeries bars = TestData.randomWalk("日本株; DROP TABLE x;--", 3, 50, 0);
        IndicatorKey key = IndicatorKey.of(bars, "1d", "o'reilly", "p=\"1\"");
        cache.put(key, bars.times(), sma(bars, 5));
        double[] second = sma(bars, 7);
        cache.put(key, bars.times(), second);
        assertArrayEquals(second, cache.get(key, bars.times()).orElseThrow());

        assertEquals(50, cache.remove(bars.symbol(), "1d"));
        assertTrue(cache.get(key, bars.times()).isEmpty());
    }

    @Test
    void badArgumentsAreRejected() {
        IndicatorKey key = new IndicatorKey("S", "1d", "sma", "c", "d");
        assertThrows(IllegalArgumentException.class, () -> cache.put(key, new long[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> cache.put(key, new long[] {2, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> cache.get(key, new long[] {3, 3}));
    }
}
