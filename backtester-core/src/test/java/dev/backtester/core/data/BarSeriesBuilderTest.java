package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import org.junit.jupiter.api.Test;

class BarSeriesBuilderTest {

    @Test
    void growsPastItsInitialCapacityKeepingEveryBar() {
        BarSeriesBuilder bars = new BarSeriesBuilder(1);
        for (int i = 0; i < 100; i++) {
            bars.add(1000L + i, 10 + i, 11 + i, 9 + i, 10.5 + i, i, 10.4 + i);
        }
        BarSeries series = bars.build("X");
        assertEquals(100, series.size());
        assertEquals(1099L, series.time(99));
        assertEquals(109.5, series.close(99));
        assertEquals(98.0, series.volume(98));
        assertTrue(series.hasAdjustedClose());
        assertEquals(109.4, series.adjustedClose(99));
    }

    @Test
    void adjustedCloseOnlyWhenEveryBarHasOne() {
        BarSeriesBuilder bars = new BarSeriesBuilder(16);
        bars.add(1, 10, 11, 9, 10, 1);
        bars.add(2, 10, 11, 9, 10, 1, 9.5);
        assertFalse(bars.build("X").hasAdjustedClose(), "the first bar has none");
        bars.clear();
        bars.add(3, 10, 11, 9, 10, 1, 9.5);
        bars.add(4, 10, 11, 9, 10, 1, Double.NaN);
        assertFalse(bars.build("X").hasAdjustedClose(), "the last bar has none");
        bars.clear();
        assertFalse(bars.build("X").hasAdjustedClose(), "no bars");
        bars.add(5, 10, 11, 9, 10, 1, 9.5);
        assertEquals(9.5, bars.build("X").adjustedClose(0), "cleared bars do not count");
    }

    @Test
    void keptBarsKeepAnAdjustedCloseColumnWhenAnyBarHadOne() {
        BarSeriesBuilder bars = new BarSeriesBuilder(16);
        bars.add(1, 10, 11, 9, 10, 1);
        bars.add(2, 20, 21, 19, 20, 2, 19.5);
        bars.add(3, 30, 31, 29, 30, 3, 29.5);
        BarSeries kept = bars.buildKept("X", new boolean[] {false, true, false});
        assertArrayEquals(new long[] {1, 3}, kept.times());
        assertArrayEquals(new double[] {10, 30}, kept.column(PriceField.OPEN));
        assertTrue(Double.isNaN(kept.adjustedClose(0)));
        assertEquals(29.5, kept.adjustedClose(1));
    }

    @Test
    void buildChecksTheTimes() {
        BarSeriesBuilder bars = new BarSeriesBuilder(16);
        bars.add(2, 10, 11, 9, 10, 1);
        bars.add(1, 10, 11, 9, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> bars.build("X"));
        assertEquals(1, bars.validate().size());
    }
}
