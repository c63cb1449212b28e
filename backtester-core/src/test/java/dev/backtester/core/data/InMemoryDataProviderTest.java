package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.data.BarSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryDataProviderTest {

    private static final BarSeries ZED = bars("ZED");
    private static final BarSeries ALPHA = bars("ALPHA");

    @Test
    void keepsInsertionOrderAndReturnsTheSeries() {
        InMemoryDataProvider provider = InMemoryDataProvider.of(ZED, ALPHA);
        assertEquals(List.of("ZED", "ALPHA"), provider.symbols());
        assertSame(ALPHA, provider.load("ALPHA"));
    }

    @Test
    void copiesTheMapItIsGiven() {
        Map<String, BarSeries> map = new LinkedHashMap<>();
        map.put("ZED", ZED);
        InMemoryDataProvider provider = new InMemoryDataProvider(map);
        map.put("ALPHA", ALPHA);
        assertEquals(List.of("ZED"), provider.symbols());
    }

    @Test
    void rejectsMislabelledAndDuplicateSeries() {
        assertThrows(IllegalArgumentException.class, () -> new InMemoryDataProvider(Map.of("ALPHA", ZED)));
        assertThrows(IllegalArgumentException.class, () -> InMemoryDataProvider.of(ZED, bars("ZED")));
    }

    @Test
    void anUnknownSymbolNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InMemoryDataProvider.of(ZED).load("NOPE"));
        assertEquals("no series for symbol 'NOPE'; known symbols: [ZED]", e.getMessage());
    }

    private static BarSeries bars(String symbol) {
        return new BarSeries(symbol, new long[] {1}, new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {0});
    }
}
