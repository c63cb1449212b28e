package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class DataLoadingTest {

    /** Each symbol's series has as many bars as the number in its name. */
    private static final DataProvider SIZED = new DataProvider() {
        @Override
        public List<String> symbols() {
            return List.of();
        }

        @Override
        public BarSeries load(String symbol) {
            if (symbol.startsWith("bad")) {
                throw new IllegalArgumentException("cannot load " + symbol);
            }
            int n = Integer.parseInt(symbol.substring(1));
            BarSeriesBuilder bars = new BarSeriesBuilder(n);
            for (int i = 0; i < n; i++) {
                bars.add(1000L * (i + 1), 10, 11, 9, 10, 100);
            }
            return bars.build(symbol);
        }
    };

    @Test
    void returnsTheSeriesInTheOrderRequested() {
        List<String> symbols = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            symbols.add("S" + i);
        }
        List<BarSeries> loaded = DataLoading.loadAll(SIZED, symbols);
        assertEquals(symbols, loaded.stream().map(BarSeries::symbol).toList());
        assertEquals(40, loaded.get(0).size());
    }

    @Test
    void attemptsEverySymbolAndThrowsTheFirstFailureWithTheOthersSuppressed() {
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        DataProvider recording = new DataProvider() {
            @Override
            public List<String> symbols() {
                return List.of();
            }

            @Override
            public BarSeries load(String symbol) {
                attempted.add(symbol);
                return SIZED.load(symbol);
            }
        };
        List<String> symbols = List.of("S1", "bad1", "S2", "bad2", "S3");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataLoading.loadAll(recording, symbols));
        assertEquals("cannot load bad1", e.getMessage());
        assertEquals(List.of("cannot load bad2"),
                Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).toList());
        assertEquals(Set.copyOf(symbols), attempted);
    }

    @Test
    void aProviderThatLoadsInParallelItselfDoesNotDeadlockThePool() {
        DataProvider nested = new DataProvider() {
            @Override
            public List<String> symbols() {
                return List.of();
            }

            @Override
            public BarSeries load(String symbol) {
                return DataLoading.loadAll(SIZED, List.of(symbol, "S1")).get(0);
            }
        };
        List<String> symbols = List.of("S3", "S4", "S5", "S6", "S7", "S8");
        assertEquals(symbols, DataLoading.loadAll(nested, symbols).stream().map(BarSeries::symbol).toList());
    }
}
