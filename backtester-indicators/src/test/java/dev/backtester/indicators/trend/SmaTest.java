package dev.backtester.indicators.trend;

import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.TaLib;
import net.jqwik.api.Example;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SmaTest extends IndicatorContract {

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Sma(1), new Sma(5), new Sma(Source.TYPICAL, 20));
    }

    @Example
    void matchesTaLib() {
        Bars bars = OrclData.bars();
        int n = bars.length();
        for (int period : new int[] {2, 5, 20, 200}) {
            Sma sma = new Sma(period);
            TaLib.Range range = new TaLib.Range();
            double[] expected = new double[n];
            var code = TaLib.CORE.sma(0, n - 1, bars.close(), period, range.begin, range.count, expected);
            TaLib.assertMatches(sma.name(), code, range, expected, sma.compute(bars)[0], sma.lookback());
            assertEquals(TaLib.CORE.smaLookback(period), Sma.lookback(period));
        }
    }

    @Example
    void handComputed() {
        double[] out = new Sma(3).compute(Bars.ofClose(new double[] {1, 2, 3, 4, 8}))[0];
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 2, 3, 5}, out, 1e-15);
    }

    @Example
    void kernelFromOffsetIgnoresEarlierInputs() {
        double[] out = new double[5];
        Sma.compute(new double[] {Double.NaN, Double.NaN, 3, 5, 7}, 2, 2, out);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, 4, 6}, out, 1e-15);
    }

    @Example
    void validatesArguments() {
        assertEquals("sma: period must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Sma(0)).getMessage());
        assertEquals("sma: source must not be null",
                assertThrows(NullPointerException.class, () -> new Sma(null, 3)).getMessage());
        assertEquals("sma: out has length 2 but in has length 3",
                assertThrows(IllegalArgumentException.class, () -> Sma.compute(new double[3], 2, new double[2]))
                        .getMessage());
    }
}
