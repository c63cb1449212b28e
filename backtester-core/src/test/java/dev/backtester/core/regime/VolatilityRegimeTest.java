package dev.backtester.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.regime.Regime;
import dev.backtester.core.indicators.Indicators;
import org.junit.jupiter.api.Test;

class VolatilityRegimeTest {
    private static final double EPS = 1e-12;
    private final VolatilityRegime defaults = Regimes.volatility();

    @Test
    void percentileCountsLowerValuesAndHalfTheTies() {
        // 3 of 4 lower: 0.75; 1 lower + 2 ties / 2 of 4: 0.5
        assertEquals(0.75, VolatilityRegime.percentileRank(0.3, 0.1, 0.2, 0.25, 0.4), EPS);
        assertEquals(0.5, VolatilityRegime.percentileRank(0.3, 0.1, 0.3, 0.3, 0.4), EPS);
        assertEquals(0, VolatilityRegime.percentileRank(0.05, 0.1, 0.2), EPS);
        assertEquals(1, VolatilityRegime.percentileRank(0.5, 0.1, 0.2), EPS);
        assertTrue(Double.isNaN(VolatilityRegime.percentileRank(0.5, 0.1, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> VolatilityRegime.percentileRank(0.5));
    }

    @Test
    void labelsAndConfidenceFromTheDistanceToTheNearestThreshold() {
        // thresholds 0.2 and 0.8; normal band half-width 0.3
        assertEquals(new Regime("low_vol", 1), defaults.classifyPercentile(0));
        assertEquals(0.5, defaults.classifyPercentile(0.1).confidence(), EPS);          // (0.2 - 0.1) / 0.2
        assertEquals(new Regime("normal_vol", 0), defaults.classifyPercentile(0.2));    // on the threshold
        assertEquals("normal_vol", defaults.classifyPercentile(0.35).label());
        assertEquals(0.5, defaults.classifyPercentile(0.35).confidence(), EPS);         // (0.35 - 0.2) / 0.3
        assertEquals("normal_vol", defaults.classifyPercentile(0.5).label());
        assertEquals(1, defaults.classifyPercentile(0.5).confidence(), 1e-9);           // the middle: 0.3 / 0.3
        assertEquals(new Regime("normal_vol", 0), defaults.classifyPercentile(0.8));
        assertEquals("high_vol", defaults.classifyPercentile(0.9).label());
        assertEquals(0.5, defaults.classifyPercentile(0.9).confidence(), 1e-9);         // (0.9 - 0.8) / 0.2
        assertEquals(new Regime("high_vol", 1), defaults.classifyPercentile(1));
        assertSame(Regimes.UNKNOWN_REGIME, defaults.classifyPercentile(Double.NaN));
    }

    @Test
    void asymmetricThresholds() {
        VolatilityRegime v = Regimes.volatility(10, 50, 0.1, 0.5);
        assertEquals(0.5, v.classifyPercentile(0.05).confidence(), EPS);   // (0.1 - 0.05) / 0.1
        assertEquals(0.5, v.classifyPercentile(0.2).confidence(), EPS);    // min(0.1, 0.3) / 0.2
        assertEquals(0.2, v.classifyPercentile(0.6).confidence(), EPS);    // (0.6 - 0.5) / 0.5
    }

    @Test
    void eachBarsVolatilityIsRankedAgainstThePreviousHistoryValues() {
        double nan = Double.NaN;
        double[] ranks = new double[7];
        VolatilityPercentile.ranks(new double[] {nan, 0.30, 0.10, 0.20, 0.40, 0.35, 0.05}, 4, ranks);
        // bar 5: 0.35 against 0.30, 0.10, 0.20, 0.40: 3 of 4 lower, p = 0.75
        assertEquals(0.75, ranks[5], EPS);
        // bar 6: 0.05 is the lowest of 0.10, 0.20, 0.40, 0.35
        assertEquals(0.0, ranks[6], EPS);
        // bar 4 would need bar 0's value, still NaN
        assertTrue(Double.isNaN(ranks[4]));
        double[] ties = new double[5];
        VolatilityPercentile.ranks(new double[] {0.2, 0.2, 0.1, 0.3, 0.2}, 4, ties);
        assertEquals((1 + 2 / 2.0) / 4, ties[4], EPS, "ties count half");
    }

    @Test
    void theDataWindowPathReadsThePrecomputedRank() {
        VolatilityRegime v = Regimes.volatility(5, 4, 0.2, 0.8);
        var bound = ColumnWindow.bind(v, VolatilityRegime.class);
        double nan = Double.NaN;
        ColumnWindow w = ColumnWindow.blank(bound.strategy(), 7)
                .set(new VolatilityPercentile(5, 4), nan, nan, nan, nan, nan, 0.75, 0.0);
        // p = 0.75: normal, (0.8 - 0.75) / 0.3
        Regime r = bound.classifier().classify(w.at(5));
        assertEquals("normal_vol", r.label());
        assertEquals(0.05 / 0.3, r.confidence(), 1e-9);
        assertEquals(new Regime("low_vol", 1), bound.classifier().classify(w.at(6)));
        assertSame(Regimes.UNKNOWN_REGIME, bound.classifier().classify(w.at(4)));
    }

    @Test
    void risingAndFallingVolatilityOnHandBuiltBars() {
        var bound = ColumnWindow.bind(Regimes.volatility(2, 5, 0.2, 0.8), VolatilityRegime.class);
        // returns alternate in sign with growing size: each two-return deviation |r[i] - r[i-1]| / sqrt(2)
        // is larger than the one before, so today's volatility is the highest of the last six
        double[] calmToWild = new double[12];
        double[] wildToCalm = new double[12];
        calmToWild[0] = 100;
        wildToCalm[0] = 100;
        for (int i = 1; i < 12; i++) {
            double sign = i % 2 == 0 ? 1 : -1;
            calmToWild[i] = calmToWild[i - 1] * (1 + sign * 0.005 * i);
            wildToCalm[i] = wildToCalm[i - 1] * (1 + sign * 0.005 * (12 - i));
        }
        ColumnWindow up = ColumnWindow.computed(bound.strategy(), Bars.closes(calmToWild));
        ColumnWindow down = ColumnWindow.computed(bound.strategy(), Bars.closes(wildToCalm));
        assertEquals(new Regime("high_vol", 1), bound.classifier().classify(up.at(11)));
        assertEquals(new Regime("low_vol", 1), bound.classifier().classify(down.at(11)));
        // first classified bar: volatility from bar 2, five earlier values needed: bar 7
        assertSame(Regimes.UNKNOWN_REGIME, bound.classifier().classify(up.at(6)));
        assertEquals("high_vol", bound.classifier().classify(up.at(7)).label());
    }

    @Test
    void badParametersAreNamedWithTheirRange() {
        assertEquals("volatility regime: window must be >= 2 returns, got 1",
                assertThrows(IllegalArgumentException.class, () -> Regimes.volatility(1, 10, 0.2, 0.8)).getMessage());
        assertEquals("volatility regime: history must be >= 2 values, got 1",
                assertThrows(IllegalArgumentException.class, () -> Regimes.volatility(5, 1, 0.2, 0.8)).getMessage());
        assertEquals("volatility regime: low percentile must be in (0, 1), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> Regimes.volatility(5, 10, 0, 0.8)).getMessage());
        assertEquals("volatility regime: high percentile must be in (low, 1) = (0.5, 1), got 0.4",
                assertThrows(IllegalArgumentException.class, () -> Regimes.volatility(5, 10, 0.5, 0.4)).getMessage());
        assertEquals(20, defaults.window());
        assertEquals(252, defaults.history());
    }
}
