package dev.backtester.indicators.momentum;

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

class RsiTest extends IndicatorContract {

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Rsi(2), new Rsi(14), new Rsi(Source.OPEN, 5));
    }

    @Example
    void matchesTaLib() {
        Bars bars = OrclData.bars();
        int n = bars.length();
        for (int period : new int[] {2, 5, 14, 50}) {
            Rsi rsi = new Rsi(period);
            TaLib.Range range = new TaLib.Range();
            double[] expected = new double[n];
            var code = TaLib.CORE.rsi(0, n - 1, bars.close(), period, range.begin, range.count, expected);
            TaLib.assertMatches(rsi.name(), code, range, expected, rsi.compute(bars)[0], rsi.lookback());
            assertEquals(TaLib.CORE.rsiLookback(period), Rsi.lookback(period));
        }
    }

    @Example
    void handComputedWilderSmoothing() {
        // changes +2, -1 -> avg gain 1, avg loss 0.5 -> 66.67; then +1: gain (1+1)/2 = 1, loss 0.5/2 = 0.25 -> 80
        double[] out = new Rsi(2).compute(Bars.ofClose(new double[] {10, 12, 11, 12}))[0];
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 100.0 * 2 / 3, 80}, out, 1e-12);
    }

    @Example
    void flatSeriesIsZeroAsInTaLib() {
        double[] out = new Rsi(2).compute(Bars.ofClose(new double[] {5, 5, 5, 5}))[0];
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 0, 0}, out);
    }

    @Example
    void validatesArguments() {
        assertEquals("rsi: period must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Rsi(1)).getMessage());
    }
}
