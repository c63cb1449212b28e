package dev.backtester.indicators.volatility;

import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.RandomBars;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.TaLib;
import net.jqwik.api.Example;

import java.util.List;

import static dev.backtester.indicators.TaLib.CORE;
import static dev.backtester.indicators.TaLib.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volatility indicators: contract, TA-Lib where it has them, published definitions otherwise. */
class VolatilityTest extends IndicatorContract {

    private final Bars bars = OrclData.bars();
    private final int end = bars.length() - 1;

    @Override
    protected List<Indicator> indicators() {
        return List.of(new TrueRange(), new Atr(1), new Atr(14), new Natr(5), new StdDev(1), new StdDev(20),
                new StdDev(Source.TYPICAL, 3), new Keltner(), new Keltner(Source.TYPICAL, 5, 8, 1.5),
                new Donchian(1), new Donchian(20), new HistoricalVolatility(2), new HistoricalVolatility(20),
                new HistoricalVolatility(Source.OPEN, 10, 365));
    }

    @Example
    void trueRangeAtrNatrMatchTaLib() {
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        TrueRange tr = new TrueRange();
        assertMatches(tr.name(), tr.compute(bars), tr.lookback(), (b, n, o) -> CORE.trueRange(0, end, h, l, c, b, n, o[0]), 0);
        assertEquals(CORE.trueRangeLookback(), tr.lookback());
        for (int p : new int[] {1, 2, 14, 50}) {
            Atr atr = new Atr(p);
            assertMatches(atr.name(), atr.compute(bars), atr.lookback(), (b, n, o) -> CORE.atr(0, end, h, l, c, p, b, n, o[0]), 0);
            assertEquals(CORE.atrLookback(p), Atr.lookback(p));
            Natr natr = new Natr(p);
            if (p == 1) {
                // TA-Lib 0.4.0 returns the un-normalized true range for NATR(1): check the definition
                double[] ours = natr.compute(bars)[0];
                double[] trange = tr.compute(bars)[0];
                for (int t = 1; t <= end; t++) {
                    assertEquals(trange[t] / c[t] * 100, ours[t], 1e-12 * ours[t]);
                }
                continue;
            }
            assertMatches(natr.name(), natr.compute(bars), natr.lookback(), (b, n, o) -> CORE.natr(0, end, h, l, c, p, b, n, o[0]), 0);
            assertEquals(CORE.natrLookback(p), Natr.lookback(p));
        }
    }

    @Example
    void stdDevMatchesTaLib() {
        for (int p : new int[] {2, 5, 20, 100}) {
            StdDev sd = new StdDev(p);
            // TA-Lib's running E[x²]-E[x]² loses digits when the deviation is tiny (ours is
            // centred, see StdDev): compare at the price scale, about 1 for ORCL
            assertMatches(sd.name(), sd.compute(bars), sd.lookback(), 1.0,
                    (b, n, o) -> CORE.stdDev(0, end, bars.close(), p, 1.0, b, n, o[0]), 0);
            assertEquals(CORE.stdDevLookback(p, 1.0), StdDev.lookback(p));
        }
    }

    @Example
    void stdDevOfAConstantWindowIsExactlyZero() {
        double[] x = {3.3, 1.7, 2.2, 2.2, 2.2, 2.2, 9.1};
        double[] out = new StdDev(3).compute(Bars.ofClose(x))[0];
        assertEquals(0.0, out[4]);
        assertEquals(0.0, out[5]);
        assertTrue(out[6] > 0);
    }

    @Example
    void keltnerIsEmaPlusMinusAtrMultiple() {
        // StockCharts ChartSchool, "Keltner Channels": EMA(20) of the close ± 2 * ATR(10);
        // the EMA and ATR here come from TA-Lib, independent of our code
        int n = bars.length();
        double[] ema = new double[n];
        double[] atr = new double[n];
        TaLib.Range re = new TaLib.Range();
        TaLib.Range ra = new TaLib.Range();
        CORE.ema(0, end, bars.close(), 20, re.begin, re.count, ema);
        CORE.atr(0, end, bars.high(), bars.low(), bars.close(), 10, ra.begin, ra.count, atr);
        Keltner keltner = new Keltner();
        double[][] out = keltner.compute(bars);
        assertEquals(19, keltner.lookback());
        for (int t = 0; t < n; t++) {
            if (t < 19) {
                assertTrue(Double.isNaN(out[1][t]));
                continue;
            }
            double m = ema[t - re.begin.value];
            double a = atr[t - ra.begin.value];
            assertTrue(TaLib.close(m + 2 * a, out[0][t]), "upper at " + t);
            assertTrue(TaLib.close(m, out[1][t]), "middle at " + t);
            assertTrue(TaLib.close(m - 2 * a, out[2][t]), "lower at " + t);
        }
    }

    @Example
    void donchianIsTheHighestHighAndLowestLowIncludingTheCurrentBar() {
        Bars random = RandomBars.generate(200, 3);
        for (int p : new int[] {1, 5, 20}) {
            double[][] out = new Donchian(p).compute(random);
            for (int t = p - 1; t < 200; t++) {
                double hi = Double.NEGATIVE_INFINITY;
                double lo = Double.POSITIVE_INFINITY;
                for (int j = t - p + 1; j <= t; j++) {
                    hi = Math.max(hi, random.high()[j]);
                    lo = Math.min(lo, random.low()[j]);
                }
                assertEquals(hi, out[0][t]);
                assertEquals((hi + lo) / 2, out[1][t]);
                assertEquals(lo, out[2][t]);
            }
        }
    }

    @Example
    void historicalVolatilityIsTheAnnualizedSampleDeviationOfLogReturns() {
        // Hull: s = sample standard deviation of ln(S_i / S_{i-1}); annualized sigma = s * sqrt(252)
        double[] c = bars.close();
        int p = 20;
        double[] out = new HistoricalVolatility(p).compute(bars)[0];
        for (int t = p; t < c.length; t += 37) {
            double mean = 0;
            for (int j = t - p + 1; j <= t; j++) {
                mean += Math.log(c[j] / c[j - 1]);
            }
            mean /= p;
            double ss = 0;
            for (int j = t - p + 1; j <= t; j++) {
                double d = Math.log(c[j] / c[j - 1]) - mean;
                ss += d * d;
            }
            assertEquals(Math.sqrt(ss / (p - 1)) * Math.sqrt(252), out[t], 1e-12, "hv at " + t);
        }
        assertTrue(Double.isNaN(out[p - 1]));
    }

    @Example
    void validatesArguments() {
        assertEquals("keltner: multiplier must be a finite number >= 0, got Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> new Keltner(Source.CLOSE, 20, 10, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("hv: period must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new HistoricalVolatility(1)).getMessage());
        assertEquals("hv: periodsPerYear must be a finite number > 0, got 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new HistoricalVolatility(Source.CLOSE, 20, 0)).getMessage());
        assertEquals("atr: period must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Atr(0)).getMessage());
    }
}
