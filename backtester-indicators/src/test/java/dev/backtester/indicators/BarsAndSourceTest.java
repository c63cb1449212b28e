package dev.backtester.indicators;

import net.jqwik.api.Example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BarsAndSourceTest {

    @Example
    void barsRejectColumnsOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Bars(new long[3], new double[3], new double[3], new double[2], new double[3], new double[3]));
        assertEquals("bars: column low has length 2 but time has length 3", e.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> new Bars(new long[3], new double[3], null, new double[3], new double[3], new double[3]));
        assertEquals("bars: column high is null", npe.getMessage());
    }

    @Example
    void ofCloseFillsTheOtherColumns() {
        double[] close = {3, 5};
        Bars bars = Bars.ofClose(close);
        assertArrayEquals(new long[] {0, 1}, bars.time());
        assertArrayEquals(close, bars.open());
        assertArrayEquals(close, bars.high());
        assertArrayEquals(close, bars.low());
        assertArrayEquals(new double[2], bars.volume());
        assertEquals(2, bars.length());
    }

    @Example
    void sourcesComputeTheirPrices() {
        assertEquals(1, Source.OPEN.of(1, 4, 2, 3, 9));
        assertEquals(4, Source.HIGH.of(1, 4, 2, 3, 9));
        assertEquals(2, Source.LOW.of(1, 4, 2, 3, 9));
        assertEquals(3, Source.CLOSE.of(1, 4, 2, 3, 9));
        assertEquals(9, Source.VOLUME.of(1, 4, 2, 3, 9));
        assertEquals(3, Source.MEDIAN.of(1, 4, 2, 3, 9));
        assertEquals(3, Source.TYPICAL.of(1, 4, 2, 3, 9));
        assertEquals(3, Source.WEIGHTED.of(1, 4, 2, 3, 9));
        assertEquals(2.5, Source.WEIGHTED.of(0, 4, 2, 2, 0));
        Bars bars = RandomBars.generate(20, 4);
        for (Source source : Source.values()) {
            double[] column = new double[20];
            source.column(bars, column);
            assertArrayEquals(column, source.values(bars), source.label());
            for (int i = 0; i < 20; i++) {
                assertEquals(source.of(bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                        bars.volume()[i]), column[i]);
            }
        }
        assertEquals("typical", Source.TYPICAL.label());
    }

    @Example
    void rollingExtremeKeepsTheLatestOfEqualExtremes() {
        RollingExtreme max = new RollingExtreme(3, true);
        assertEquals(2, max.update(2));
        assertEquals(5, max.update(5));
        assertEquals(5, max.update(5));
        assertEquals(0, max.age());
        assertEquals(5, max.update(1));
        assertEquals(5, max.update(1));
        assertEquals(2, max.age());
        assertEquals(1, max.update(1));
        assertEquals(Double.NaN, max.update(Double.NaN));
        assertEquals(Double.NaN, max.update(7));
    }
}
