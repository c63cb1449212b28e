package dev.backtester.core.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.execution.SlippageModel;
import org.junit.jupiter.api.Test;

class SlippagesTest {
    private static final double EPS = 1e-12;

    @Test
    void halfSpreadIsHalfTheSpreadInBasisPoints() {
        SlippageModel model = Slippages.halfSpread(10);
        assertEquals(100 * 0.0005, model.slippagePerShare(100, 50, null), EPS);
        assertEquals(0.0, model.impactPerShare(100, 50, null), EPS);
        assertThrows(IllegalArgumentException.class, () -> Slippages.halfSpread(-1));
    }

    @Test
    void squareRootImpactUsesVolatilityAndVolumeUpToTheDecisionBar() {
        double[] close = {100, 102, 99, 101, 100, 500};
        double[] volume = {1000, 2000, 3000, 4000, 5000, 9_999_999};
        // decision at bar 4: the last bar (5) must not matter
        ArrayWindow atDecision = new ArrayWindow(close, volume, 4);
        SlippageModel model = Slippages.squareRootImpact(0.5, 5);

        double[] r = {102.0 / 100 - 1, 99.0 / 102 - 1, 101.0 / 99 - 1, 100.0 / 101 - 1};
        double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
        double var = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean);
        }
        double sigma = Math.sqrt(var / 3);
        double adv = (1000 + 2000 + 3000 + 4000 + 5000) / 5.0;
        double expected = 100 * 0.5 * sigma * Math.sqrt(600 / adv);
        assertEquals(expected, model.slippagePerShare(100, 600, atDecision), 1e-9);
        assertEquals(expected, model.impactPerShare(100, -600, atDecision), 1e-9);
    }

    @Test
    void squareRootImpactChargesNothingWithoutHistory() {
        SlippageModel model = Slippages.squareRootImpact(1, 20);
        assertEquals(0.0, model.slippagePerShare(100, 100, new ArrayWindow(new double[] {100, 101}, new double[] {5, 5}, 1)));
        assertEquals(0.0, model.slippagePerShare(100, 100,
                new ArrayWindow(new double[] {100, 101, 99}, new double[] {0, 0, 0}, 2)));
    }

    @Test
    void sumAddsSlippageAndImpact() {
        double[] close = {100, 102, 99, 101, 100};
        double[] volume = {1000, 2000, 3000, 4000, 5000};
        ArrayWindow w = new ArrayWindow(close, volume, 4);
        SlippageModel impact = Slippages.squareRootImpact(0.5, 5);
        SlippageModel both = Slippages.sum(Slippages.halfSpread(10), impact);
        assertEquals(0.05 + impact.slippagePerShare(100, 600, w), both.slippagePerShare(100, 600, w), 1e-12);
        assertEquals(impact.impactPerShare(100, 600, w), both.impactPerShare(100, 600, w), 1e-12);
    }
}
