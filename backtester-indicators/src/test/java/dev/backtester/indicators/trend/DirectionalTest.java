package dev.backtester.indicators.trend;

import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.RandomBars;
import dev.backtester.indicators.TaLib;
import dev.backtester.indicators.volatility.Atr;
import net.jqwik.api.Example;

import java.util.List;

import static dev.backtester.indicators.TaLib.CORE;
import static dev.backtester.indicators.TaLib.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADX/DI, Aroon, Parabolic SAR (TA-Lib), SuperTrend and Ichimoku (published definitions). */
class DirectionalTest extends IndicatorContract {

    /** Oscillators in points that reach 0 are compared at 1e-11 points (running-sum residues). */
    private static final double POINTS = 0.01;

    private final Bars bars = OrclData.bars();
    private final double[] h = bars.high();
    private final double[] l = bars.low();
    private final double[] c = bars.close();
    private final int end = bars.length() - 1;

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Adx(2), new Adx(14), new PlusDi(1), new PlusDi(14), new MinusDi(1), new MinusDi(14),
                new Aroon(1), new Aroon(14), new ParabolicSar(), new ParabolicSar(0.1, 0.1), new SuperTrend(),
                new SuperTrend(1, 0.5), new Ichimoku(), new Ichimoku(1, 2, 3), new Ichimoku(5, 3, 1));
    }

    @Example
    void adxAndDirectionalIndicators() {
        for (int p : new int[] {2, 14, 30}) {
            Adx adx = new Adx(p);
            assertMatches(adx.name(), adx.compute(bars), adx.lookback(), POINTS, (b, n, o) -> CORE.adx(0, end, h, l, c, p, b, n, o[0]), 0);
            assertEquals(CORE.adxLookback(p), Adx.lookback(p));
        }
        for (int p : new int[] {2, 14, 30}) {
            PlusDi plus = new PlusDi(p);
            assertMatches(plus.name(), plus.compute(bars), plus.lookback(), POINTS, (b, n, o) -> CORE.plusDI(0, end, h, l, c, p, b, n, o[0]), 0);
            assertEquals(CORE.plusDILookback(p), PlusDi.lookback(p));
            MinusDi minus = new MinusDi(p);
            assertMatches(minus.name(), minus.compute(bars), minus.lookback(), POINTS, (b, n, o) -> CORE.minusDI(0, end, h, l, c, p, b, n, o[0]), 0);
            assertEquals(CORE.minusDILookback(p), MinusDi.lookback(p));
        }
    }

    @Example
    void directionalIndicatorsOfPeriodOneAreThePlainRatios() {
        // TA-Lib 0.4.0 returns +DM/TR without the factor 100 for period 1; Wilder's definition has it
        double[] plus = new PlusDi(1).compute(bars)[0];
        double[] minus = new MinusDi(1).compute(bars)[0];
        for (int t = 1; t <= end; t++) {
            double up = h[t] - h[t - 1];
            double down = l[t - 1] - l[t];
            double tr = Math.max(h[t], c[t - 1]) - Math.min(l[t], c[t - 1]);
            double plusDm = up > 0 && up > down ? up : 0;
            double minusDm = down > 0 && down > up ? down : 0;
            assertEquals(tr == 0 ? 0 : 100 * plusDm / tr, plus[t], 1e-9, "+DI at " + t);
            assertEquals(tr == 0 ? 0 : 100 * minusDm / tr, minus[t], 1e-9, "-DI at " + t);
        }
    }

    @Example
    void aroonWithTaLibsTieRule() {
        for (int p : new int[] {2, 14, 25}) {
            Aroon aroon = new Aroon(p);
            double[][] ours = aroon.compute(bars);
            // TA-Lib's AROON writes down first, then up
            assertMatches(aroon.name(), ours, aroon.lookback(), POINTS, (b, n, o) -> CORE.aroon(0, end, h, l, p, b, n, o[1], o[0]), 0, 1);
            assertMatches(aroon.name(), ours, aroon.lookback(), POINTS, (b, n, o) -> CORE.aroonOsc(0, end, h, l, p, b, n, o[0]), 2);
            assertEquals(CORE.aroonLookback(p), Aroon.lookback(p));
        }
    }

    @Example
    void parabolicSar() {
        double[][] params = {{0.02, 0.2}, {0.01, 0.1}, {0.05, 0.5}, {0.2, 0.2}};
        for (double[] q : params) {
            ParabolicSar sar = new ParabolicSar(q[0], q[1]);
            assertMatches(sar.name(), sar.compute(bars), sar.lookback(), (b, n, o) -> CORE.sar(0, end, h, l, q[0], q[1], b, n, o[0]), 0);
            assertEquals(CORE.sarLookback(q[0], q[1]), ParabolicSar.lookback(q[0], q[1]));
        }
    }

    @Example
    void superTrendFollowsThePineDefinition() {
        // TradingView Pine reference, ta.supertrend: bands from hl2 ± factor*ATR, ratcheted by the
        // previous close; written out independently here, with TA-Lib's ATR
        Bars random = RandomBars.generate(400, 11);
        int period = 10;
        double factor = 3;
        int n = random.length();
        double[] atr = new Atr(period).compute(random)[0];
        double[][] ours = new SuperTrend(period, factor).compute(random);
        double prevUpper = 0;
        double prevLower = 0;
        double prevSuper = Double.NaN;
        int flips = 0;
        for (int t = 0; t < n; t++) {
            if (t < period) {
                assertTrue(Double.isNaN(ours[0][t]) && Double.isNaN(ours[1][t]));
                continue;
            }
            double src = (random.high()[t] + random.low()[t]) / 2;
            double upper = src + factor * atr[t];
            double lower = src - factor * atr[t];
            double prevClose = random.close()[t - 1];
            lower = lower > prevLower || prevClose < prevLower ? lower : prevLower;
            upper = upper < prevUpper || prevClose > prevUpper ? upper : prevUpper;
            int pineDirection;
            if (t == period) {
                pineDirection = 1;
            } else if (prevSuper == prevUpper) {
                pineDirection = random.close()[t] > upper ? -1 : 1;
            } else {
                pineDirection = random.close()[t] < lower ? 1 : -1;
            }
            double superTrend = pineDirection == -1 ? lower : upper;
            assertEquals(superTrend, ours[0][t], 1e-9, "value at " + t);
            // Pine's direction is -1 for an up trend; ours is +1
            assertEquals(-pineDirection, ours[1][t], "direction at " + t);
            if (t > period && ours[1][t] != ours[1][t - 1]) {
                flips++;
            }
            prevUpper = upper;
            prevLower = lower;
            prevSuper = superTrend;
        }
        assertTrue(flips > 3, "the fixture should exercise trend changes, got " + flips);
    }

    @Example
    void ichimokuLinesAreUnshiftedMidpoints() {
        // StockCharts ChartSchool, "Ichimoku Cloud": midpoints of the highest high and lowest low
        Bars random = RandomBars.generate(200, 5);
        double[][] ours = new Ichimoku().compute(random);
        for (int t = 0; t < 200; t++) {
            if (t < 51) {
                for (double[] o : ours) {
                    assertTrue(Double.isNaN(o[t]));
                }
                continue;
            }
            double tenkan = midpoint(random, t, 9);
            double kijun = midpoint(random, t, 26);
            assertEquals(tenkan, ours[0][t], 0.0);
            assertEquals(kijun, ours[1][t], 0.0);
            assertEquals((tenkan + kijun) / 2, ours[2][t], 0.0);
            assertEquals(midpoint(random, t, 52), ours[3][t], 0.0);
        }
        assertFalse(new Ichimoku().outputs().contains("chikou"));
    }

    private static double midpoint(Bars bars, int t, int period) {
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (int j = t - period + 1; j <= t; j++) {
            hi = Math.max(hi, bars.high()[j]);
            lo = Math.min(lo, bars.low()[j]);
        }
        return (hi + lo) / 2;
    }

    @Example
    void validatesArguments() {
        assertEquals("sar: acceleration (0.3) must be <= maximum (0.2)",
                assertThrows(IllegalArgumentException.class, () -> new ParabolicSar(0.3, 0.2)).getMessage());
        assertEquals("adx: period must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Adx(1)).getMessage());
        assertEquals("supertrend: multiplier must be a finite number > 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new SuperTrend(10, Double.NaN)).getMessage());
        assertEquals("ichimoku(9,26,52)", new Ichimoku().name());
        assertEquals(List.of("tenkan", "kijun", "senkou_a", "senkou_b"), new Ichimoku().outputs());
        assertTrue(TaLib.close(1, 1));
    }
}
