package dev.backtester.timescale.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.backtester.api.data.BarSeries;
import org.junit.jupiter.api.Test;

class DataHashTest {
    private static BarSeries bars(String symbol, double lastClose) {
        return new BarSeries(symbol, new long[] {1, 2}, new double[] {1, 1}, new double[] {2, 2},
                new double[] {0.5, 0.5}, new double[] {1.5, lastClose}, new double[] {10, 10});
    }

    @Test
    void equalBarsHashEquallyWhateverTheSymbol() {
        assertEquals(DataHash.of(bars("A", 1.5)), DataHash.of(bars("B", 1.5)));
        assertEquals(64, DataHash.of(bars("A", 1.5)).length());
    }

    @Test
    void anyChangedBitChangesTheHash() {
        assertNotEquals(DataHash.of(bars("A", 1.5)), DataHash.of(bars("A", Math.nextUp(1.5))));
        assertNotEquals(DataHash.of(bars("A", 0.0)), DataHash.of(bars("A", -0.0)));
        assertNotEquals(DataHash.of(bars("A", 1.5)), DataHash.of(bars("A", 1.5).prefix(1)));
    }
}
