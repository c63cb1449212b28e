package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A provider over series already in memory: tests, generated data, or bars loaded from elsewhere.
 * Symbols keep the order the series were given in. Immutable and thread-safe.
 */
public final class InMemoryDataProvider implements DataProvider {

    private final Map<String, BarSeries> series;

    /**
     * A provider over a copy of {@code bySymbol}, in its iteration order.
     *
     * @throws IllegalArgumentException if a key differs from its series' symbol
     */
    public InMemoryDataProvider(Map<String, BarSeries> bySymbol) {
        Map<String, BarSeries> copy = new LinkedHashMap<>();
        bySymbol.forEach((symbol, bars) -> {
            Objects.requireNonNull(bars, "series of " + symbol);
            if (!symbol.equals(bars.symbol())) {
                // a provider that hands out "MSFT" for load("AAPL") would mislabel every trade downstream
                throw new IllegalArgumentException("key '" + symbol + "' holds the series of '" + bars.symbol() + "'");
            }
            copy.put(symbol, bars);
        });
        this.series = Collections.unmodifiableMap(copy);
    }

    /**
     * A provider over {@code series}, each under its own symbol, in the order given.
     *
     * @throws IllegalArgumentException if two series have the same symbol
     */
    public static InMemoryDataProvider of(BarSeries... series) {
        Map<String, BarSeries> bySymbol = new LinkedHashMap<>();
        for (BarSeries bars : series) {
            if (bySymbol.putIfAbsent(bars.symbol(), bars) != null) {
                throw new IllegalArgumentException("two series for symbol '" + bars.symbol() + "'");
            }
        }
        return new InMemoryDataProvider(bySymbol);
    }

    /** The symbols in the order the series were given. */
    @Override
    public List<String> symbols() {
        return List.copyOf(series.keySet());
    }

    /**
     * The series of {@code symbol}.
     *
     * @throws IllegalArgumentException if there is none
     */
    @Override
    public BarSeries load(String symbol) {
        BarSeries bars = series.get(symbol);
        if (bars == null) {
            throw new IllegalArgumentException("no series for symbol '" + symbol + "'; known symbols: " + series.keySet());
        }
        return bars;
    }
}
