package dev.backtester.indicators.trend;

import dev.backtester.indicators.Bars;
import dev.backtester.indicators.RandomBars;
import net.jqwik.api.Example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** HMA and VWMA are not in TA-Lib: fixtures from their published definitions. */
class HmaVwmaTest {

    /** Direct weighted average with weights 1..period over the window ending at t. */
    private static double naiveWma(double[] x, int t, int period) {
        double num = 0;
        double den = 0;
        for (int j = 0; j < period; j++) {
            num += (period - j) * x[t - j];
            den += period - j;
        }
        return num / den;
    }

    @Example
    void hmaFollowsHullsFormula() {
        // Hull (2005): HMA(n) = WMA(2*WMA(n/2) - WMA(n), sqrt(n)), integer n/2 and sqrt(n)
        Bars bars = RandomBars.generate(80, 7);
        double[] x = bars.close();
        for (int n : new int[] {2, 4, 9, 16, 20}) {
            double[] out = new Hma(n).compute(bars)[0];
            int s = (int) Math.sqrt(n);
            double[] diff = new double[x.length];
            for (int t = n - 1; t < x.length; t++) {
                diff[t] = 2 * naiveWma(x, t, n / 2) - naiveWma(x, t, n);
            }
            for (int t = 0; t < x.length; t++) {
                if (t < n - 1 + s - 1) {
                    assertEquals(Double.NaN, out[t], "hma(" + n + ") at " + t);
                } else {
                    assertEquals(naiveWma(diff, t, s), out[t], 1e-10, "hma(" + n + ") at " + t);
                }
            }
        }
    }

    @Example
    void hmaHasNoLagOnALinearSeries() {
        // WMA(n) of a unit-slope line lags by (n-1)/3; for n = 4 the Hull combination cancels it exactly
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] out = new Hma(4).compute(Bars.ofClose(x))[0];
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5, 6, 7, 8}, out, 1e-12);
        assertEquals(4, new Hma(4).lookback());
        assertEquals(10, new Hma(9).lookback());
    }

    @Example
    void vwmaHandComputed() {
        // sum(price*volume)/sum(volume): (10*1+20*1)/2 = 15, (20*1+30*2)/3 = 80/3
        Bars bars = new Bars(new long[] {1, 2, 3}, new double[3], new double[3], new double[3],
                new double[] {10, 20, 30}, new double[] {1, 1, 2});
        double[] out = new Vwma(2).compute(bars)[0];
        assertArrayEquals(new double[] {Double.NaN, 15, 80.0 / 3}, out, 1e-12);
    }

    @Example
    void vwmaWithoutVolumeIsTheSma() {
        double[] x = {1, 4, 7, 10};
        assertArrayEquals(new Sma(3).compute(Bars.ofClose(x))[0], new Vwma(3).compute(Bars.ofClose(x))[0], 1e-12);
    }

    @Example
    void validatesArguments() {
        assertEquals("hma: period must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Hma(1)).getMessage());
        assertEquals("macd: fastPeriod (26) must be < slowPeriod (12)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Macd(dev.backtester.indicators.Source.CLOSE, 26, 12, 9)).getMessage());
        assertEquals("kama: fastPeriod (30) must be < slowPeriod (2)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Kama(dev.backtester.indicators.Source.CLOSE, 10, 30, 2)).getMessage());
        assertEquals("vwma(close,20)", new Vwma(20).name());
        assertEquals("macd(close,12,26,9)", new Macd().name());
        assertEquals("ppo(close,12,26,sma)", new Ppo().name());
    }
}
