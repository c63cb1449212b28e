package dev.backtester.indicators.volatility;

import com.tictactec.ta.lib.MAType;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.TaLib;
import net.jqwik.api.Example;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BollingerBandsTest extends IndicatorContract {

    @Override
    protected List<Indicator> indicators() {
        return List.of(new BollingerBands(), new BollingerBands(Source.CLOSE, 1, 1.0, 1.0),
                new BollingerBands(Source.TYPICAL, 5, 1.5, 2.5), new BollingerBands(Source.CLOSE, 4, 0.0, 0.0));
    }

    @Example
    void matchesTaLibWithSeparateMultipliers() {
        Bars bars = OrclData.bars();
        int n = bars.length();
        double[][] multipliers = {{2.0, 2.0}, {1.0, 3.0}, {2.5, 0.5}};
        for (int period : new int[] {2, 20, 50}) {
            for (double[] m : multipliers) {
                BollingerBands bb = new BollingerBands(Source.CLOSE, period, m[0], m[1]);
                double[][] ours = bb.compute(bars);
                TaLib.Range range = new TaLib.Range();
                double[] upper = new double[n];
                double[] middle = new double[n];
                double[] lower = new double[n];
                var code = TaLib.CORE.bbands(0, n - 1, bars.close(), period, m[0], m[1], MAType.Sma,
                        range.begin, range.count, upper, middle, lower);
                TaLib.assertMatches(bb.name() + " upper", code, range, upper, ours[0], bb.lookback());
                TaLib.assertMatches(bb.name() + " middle", code, range, middle, ours[1], bb.lookback());
                TaLib.assertMatches(bb.name() + " lower", code, range, lower, ours[2], bb.lookback());
                // the bands match TA-Lib; %B and bandwidth follow from them by definition (the
                // kernel shares one division between them, hence a last-bits tolerance)
                for (int t = bb.lookback(); t < n; t++) {
                    double width = ours[0][t] - ours[2][t];
                    double percentB = width == 0 ? 0.5 : (bars.close()[t] - ours[2][t]) / width;
                    assertEquals(percentB, ours[3][t], 1e-12 * Math.max(1, Math.abs(percentB)), "percent_b at " + t);
                    assertEquals(width / ours[1][t], ours[4][t], 1e-12 * Math.abs(width / ours[1][t]), "bandwidth at " + t);
                }
                assertEquals(TaLib.CORE.bbandsLookback(period, m[0], m[1], MAType.Sma), BollingerBands.lookback(period));
            }
        }
    }

    @Example
    void handComputedPopulationStdDev() {
        // window 2,4,4,4,5,5,7,9: mean 5, population sd 2 (the textbook example)
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        double[][] out = new BollingerBands(Source.CLOSE, 8, 2.0, 1.0).compute(Bars.ofClose(x));
        assertEquals(9.0, out[0][7], 1e-12);
        assertEquals(5.0, out[1][7], 1e-12);
        assertEquals(3.0, out[2][7], 1e-12);
        assertEquals((9.0 - 3.0) / 6.0, out[3][7], 1e-12);
        assertEquals(6.0 / 5.0, out[4][7], 1e-12);
        assertTrue(Double.isNaN(out[0][6]));
    }

    @Example
    void zeroWidthBandPutsPriceInTheMiddle() {
        double[][] out = new BollingerBands(Source.CLOSE, 3, 2.0, 2.0).compute(Bars.ofClose(new double[] {4, 4, 4}));
        assertEquals(0.5, out[3][2]);
        assertEquals(0.0, out[4][2]);
    }

    @Example
    void validatesArguments() {
        assertEquals("bbands: stdDevUp must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> new BollingerBands(Source.CLOSE, 20, Double.NaN, 2)).getMessage());
        assertEquals("bbands: stdDevDown must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new BollingerBands(Source.CLOSE, 20, 2, -1)).getMessage());
        assertEquals("bbands: period must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new BollingerBands(Source.CLOSE, 0, 2, 2)).getMessage());
        assertEquals("bbands(close,20,2.0,2.0)", new BollingerBands().name());
    }
}
