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

class EmaTest extends IndicatorContract {

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Ema(1), new Ema(10), new Ema(Source.MEDIAN, 5, EmaSeed.FIRST_VALUE));
    }

    @Example
    void matchesTaLib() {
        Bars bars = OrclData.bars();
        int n = bars.length();
        for (int period : new int[] {2, 5, 12, 26, 200}) {
            Ema ema = new Ema(period);
            TaLib.Range range = new TaLib.Range();
            double[] expected = new double[n];
            var code = TaLib.CORE.ema(0, n - 1, bars.close(), period, range.begin, range.count, expected);
            TaLib.assertMatches(ema.name(), code, range, expected, ema.compute(bars)[0], ema.lookback());
            assertEquals(TaLib.CORE.emaLookback(period), Ema.lookback(period));
        }
    }

    @Example
    void firstValueSeeding() {
        // k = 2/(3+1) = 0.5: 2, 0.5*4+0.5*2 = 3, 0.5*0+0.5*3 = 1.5
        double[] out = new Ema(Source.CLOSE, 3, EmaSeed.FIRST_VALUE).compute(Bars.ofClose(new double[] {2, 4, 0}))[0];
        assertArrayEquals(new double[] {2, 3, 1.5}, out, 1e-15);
        assertEquals("ema(close,3,first_value)", new Ema(Source.CLOSE, 3, EmaSeed.FIRST_VALUE).name());
    }

    @Example
    void smaSeeding() {
        // seed (2+4)/2 = 3 at bar 1, then k = 2/3: 2/3*6 + 1/3*3 = 5
        double[] out = new Ema(2).compute(Bars.ofClose(new double[] {2, 4, 6}))[0];
        assertArrayEquals(new double[] {Double.NaN, 3, 5}, out, 1e-14);
    }

    @Example
    void validatesArguments() {
        assertEquals("ema: period must be >= 1, got -3",
                assertThrows(IllegalArgumentException.class, () -> new Ema(-3)).getMessage());
        assertEquals("ema: seed must not be null",
                assertThrows(NullPointerException.class, () -> new Ema(Source.CLOSE, 3, null)).getMessage());
    }
}
