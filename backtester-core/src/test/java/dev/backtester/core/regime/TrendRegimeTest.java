package dev.backtester.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.regime.Regime;
import dev.backtester.core.indicators.Indicators;
import org.junit.jupiter.api.Test;

class TrendRegimeTest {
    private static final double EPS = 1e-12;
    /** N = 4, S = 2: qD = sqrt(3 * 7 / 24) = sqrt(0.875); qS = sqrt(.25^2 + .5^2 * 3 + .25^2) = sqrt(0.875). */
    private static final double Q = Math.sqrt(0.875);
    private final TrendRegime small = Regimes.trend(4, 2, 3);

    private static double e(double t) {
        return Math.tanh(0.851 * Math.abs(t));
    }

    @Test
    void randomWalkNoiseMatchesTheHandDerivation() {
        // close - SMA(2) = step0 / 2: sd 0.5; SMA(2)[t] - SMA(2)[t-1] = (step0 + step1) / 2: sd sqrt(0.5)
        assertEquals(0.5, RandomWalkNoise.distance(2), EPS);
        assertEquals(Math.sqrt(0.5), RandomWalkNoise.smaChange(2, 1), EPS);
        assertEquals(Q, RandomWalkNoise.distance(4), EPS);
        assertEquals(Q, RandomWalkNoise.smaChange(4, 2), EPS);
        // S <= N: weights ramp 1..S-1 on both ends and stay S on N-S+1 steps, all over N
        for (int n = 2; n <= 60; n++) {
            for (int s = 1; s <= n; s++) {
                double sum = 2.0 * (s - 1) * s * (2 * s - 1) / 6 + (double) (n - s + 1) * s * s;
                assertEquals(Math.sqrt(sum) / n, RandomWalkNoise.smaChange(n, s), 1e-12, "N=" + n + " S=" + s);
            }
        }
        // S > N: SMA(2)[t] - SMA(2)[t-3] = (c0 - c3 + c1 - c4) / 2 = (e0 + e1 + e2 + e1 + e2 + e3) / 2,
        // steps weighted .5, 1, 1, .5
        assertEquals(Math.sqrt(0.25 + 1 + 1 + 0.25), RandomWalkNoise.smaChange(2, 3), EPS);
    }

    @Test
    void evidenceApproximatesTheNormalConfidenceLevel() {
        assertEquals(0.6827, TrendRegime.evidence(1), 0.02);   // 2 Phi(1) - 1
        assertEquals(0.9545, TrendRegime.evidence(-2), 0.02);  // symmetric in t
        assertEquals(0.6827, 0.5 * (TrendRegime.evidence(1) + TrendRegime.evidence(-1)), 0.02);
        assertEquals(0, TrendRegime.evidence(0), 0);
        assertEquals(1, TrendRegime.evidence(Double.POSITIVE_INFINITY), 0);
    }

    @Test
    void aboveARisingAverageIsBull() {
        // tD = 10 / (4 Q) = 2.6726, tS = 5 / (4 Q) = 1.3363; confidence e(tD) * e(tS) = 0.9790 * 0.8133 = 0.796
        Regime r = small.classify(110, 100, 95, 4);
        assertEquals("bull", r.label());
        assertEquals(e(10 / (4 * Q)) * e(5 / (4 * Q)), r.confidence(), EPS);
        assertEquals(0.796, r.confidence(), 0.001);
    }

    @Test
    void belowAFallingAverageIsBearWithTheMirroredConfidence() {
        Regime r = small.classify(90, 100, 105, 4);
        assertEquals("bear", r.label());
        assertEquals(e(10 / (4 * Q)) * e(5 / (4 * Q)), r.confidence(), EPS);
    }

    @Test
    void disagreeingSignalsAreNeutral() {
        // above a falling average: e(tD) = 0.9790, e(tS) = 0.8133; 1 - |0.9790 - 0.8133| / 2 = 0.917
        Regime r = small.classify(110, 100, 105, 4);
        assertEquals("neutral", r.label());
        assertEquals(1 - Math.abs(e(10 / (4 * Q)) - e(5 / (4 * Q))) / 2, r.confidence(), EPS);
        assertEquals(0.917, r.confidence(), 0.001);
        // below a rising average with equally strong signals: they cancel completely
        assertEquals(new Regime("neutral", 1), small.classify(95, 100, 95, 4));
    }

    @Test
    void noEvidenceIsConfidentlyNeutralAndOneSidedEvidenceHalfSo() {
        assertEquals(new Regime("neutral", 1), small.classify(100, 100, 100, 4));
        // close on the average, average rising 5: 1 - e(tS) / 2
        assertEquals(1 - e(5 / (4 * Q)) / 2, small.classify(100, 100, 95, 4).confidence(), EPS);
    }

    @Test
    void moreEvidenceNeverLowersTheBullConfidence() {
        double previous = 0;
        for (double close = 100.5; close < 130; close += 0.5) {
            double c = small.classify(close, 100, 97, 2).confidence();
            assertTrue(c >= previous, "monotone in the distance");
            previous = c;
        }
        previous = 0;
        for (double before = 99.5; before > 70; before -= 0.5) {
            double c = small.classify(104, 100, before, 2).confidence();
            assertTrue(c >= previous, "monotone in the slope");
            previous = c;
        }
    }

    @Test
    void warmUpIsUnknownWithZeroConfidence() {
        assertSame(Regimes.UNKNOWN_REGIME, small.classify(100, Double.NaN, 95, 4));
        assertSame(Regimes.UNKNOWN_REGIME, small.classify(100, 100, Double.NaN, 4));
        assertSame(Regimes.UNKNOWN_REGIME, small.classify(100, 100, 95, Double.NaN));
        assertEquals(0, Regimes.UNKNOWN_REGIME.confidence());
    }

    @Test
    void flatBarsWithoutRangeStillClassify() {
        // ATR 0: any move is infinitely clear, no move is none
        assertEquals(new Regime("bull", 1), small.classify(101, 100, 99, 0));
        assertEquals(new Regime("neutral", 1), small.classify(100, 100, 100, 0));
    }

    @Test
    void theDataWindowPathReadsTheAverageSlopeBarsBack() {
        var bound = ColumnWindow.bind(small, TrendRegime.class);
        assertTrue(bound.classifier().isBound());
        assertFalse(small.isBound(), "the template stays unbound");
        double nan = Double.NaN;
        ColumnWindow w = ColumnWindow.blank(bound.strategy(), 5)
                .set(dev.backtester.api.Series.CLOSE, 100, 100, 100, 100, 110)
                .set(Indicators.sma(4), nan, nan, 95, 98, 100)
                .set(Indicators.atr(3), nan, nan, nan, 4, 4);
        // bar 4: close 110, SMA 100, SMA two bars back 95, ATR 4: the bull case above
        assertEquals(small.classify(110, 100, 95, 4), bound.classifier().classify(w.at(4)));
        // bar 3: SMA two bars back is bar 1's, still NaN
        assertEquals("unknown", bound.classifier().classify(w.at(3)).label());
    }

    @Test
    void handBuiltSeriesThroughTheEnginesIndicators() {
        var bound = ColumnWindow.bind(small, TrendRegime.class);
        // closes rising 1 a bar, open at the previous close, high close + 0.5: true range 1.5, so ATR = 1.5;
        // SMA(4) = close - 1.5, two bars earlier close - 3.5: tD = 1.5 / (1.5 Q), tS = 2 / (1.5 Q)
        ColumnWindow rising = ColumnWindow.computed(bound.strategy(), Bars.closes(Bars.line(12, 100, 1)));
        Regime up = bound.classifier().classify(rising.at(11));
        assertEquals("bull", up.label());
        assertEquals(e(1 / Q) * e(2 / (1.5 * Q)), up.confidence(), 1e-9);
        assertEquals(0.604, up.confidence(), 0.001);

        ColumnWindow falling = ColumnWindow.computed(bound.strategy(), Bars.closes(Bars.line(12, 100, -1)));
        Regime down = bound.classifier().classify(falling.at(11));
        assertEquals("bear", down.label());
        assertEquals(up.confidence(), down.confidence(), 1e-9);

        ColumnWindow flat = ColumnWindow.computed(bound.strategy(), Bars.closes(Bars.line(12, 100, 0)));
        assertEquals(new Regime("neutral", 1), bound.classifier().classify(flat.at(11)));
        // first classified bar: SMA from bar 3, two bars later bar 5; ATR(3) from bar 3
        assertEquals("unknown", bound.classifier().classify(rising.at(4)).label());
        assertEquals("bull", bound.classifier().classify(rising.at(5)).label());
    }

    @Test
    void anUnboundClassifierSaysHowToBindIt() {
        var w = ColumnWindow.blank(ColumnWindow.bind(small, TrendRegime.class).strategy(), 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> small.classify(w.at(0)));
        assertTrue(e.getMessage().contains("StrategyBuilder.regime"), e.getMessage());
    }

    @Test
    void badParametersAreNamedWithTheirRange() {
        assertEquals("trend regime: period must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> Regimes.trend(1, 1)).getMessage());
        assertEquals("trend regime: slopeBars must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Regimes.trend(20, 0)).getMessage());
        assertEquals("trend regime: atrPeriod must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Regimes.trend(20, 5, 0)).getMessage());
        assertEquals(200, Regimes.trend().period());
        assertEquals(20, Regimes.trend().slopeBars());
        assertEquals(14, Regimes.trend().atrPeriod());
    }
}
