package dev.backtester.api.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decision figures: ordered, immutable, compact, and equal to any map with the same entries. */
class FiguresTest {

    @Test
    void keepsInsertionOrderAndEqualsAnOrdinaryMap() {
        Figures f = Figures.of(new String[] {"shares", "price", "stop"}, new double[] {100, 9.5, Double.NaN});
        assertEquals(List.of("shares", "price", "stop"), List.copyOf(f.keySet()));
        Map<String, Double> same = new LinkedHashMap<>();
        same.put("shares", 100.0);
        same.put("price", 9.5);
        same.put("stop", Double.NaN);
        assertEquals(same, f);
        assertEquals(f, same);
        assertEquals(same.hashCode(), f.hashCode());
        assertTrue(Double.isNaN(f.value("stop")));
        assertTrue(Double.isNaN(f.value("missing")));
        assertNull(f.get("missing"));
        assertEquals("{shares=100.0, price=9.5, stop=NaN}", f.toString());
    }

    @Test
    void aRepeatedKeyKeepsItsPlaceAndTheLastValue() {
        Figures f = Figures.of(new String[] {"a", "b", "a"}, new double[] {1, 2, 3});
        assertEquals(2, f.size());
        assertEquals(List.of("a", "b"), List.copyOf(f.keySet()));
        assertEquals(3.0, f.get("a"));
    }

    @Test
    void isImmutableAndCopiedOnlyWhenNeeded() {
        double[] values = {1};
        Figures f = Figures.of(new String[] {"a"}, values);
        values[0] = 2;
        assertEquals(1.0, f.get("a"), "the arrays are copied");
        assertThrows(UnsupportedOperationException.class, () -> f.put("b", 1.0));
        assertSame(f, Figures.copyOf(f));
        assertSame(Figures.NONE, Figures.copyOf(Map.of()));
        assertEquals(0.0 * -1, Figures.copyOf(Map.of("z", -0.0)).get("z"), "negative zero survives");
    }
}
