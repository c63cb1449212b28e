package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import org.junit.jupiter.api.Test;

class FixedFractionalRiskSizerTest {

    @Test
    void risksTheFractionOfEquityOverTheStopDistance() {
        TestContext c = TestContext.of(100_000, 50).stop(48);

        // 1% of 100 000 = 1 000 at risk; 2 per share to the stop -> 500 shares (25 000, under the 1x cap)
        assertEquals(500, Sizers.fixedFractionalRisk(0.01).shares(c), 1e-9);
        assertEquals(2, c.explained(FixedFractionalRiskSizer.RISK_PER_SHARE), 1e-12);
        assertEquals(1_000, c.explained(FixedFractionalRiskSizer.RISK_AMOUNT), 1e-9);
        assertFalse(c.explained.containsKey(FixedFractionalRiskSizer.CAPPED));
    }

    @Test
    void aShortsStopAboveThePriceGivesTheSameRisk() {
        TestContext c = TestContext.of(100_000, 50).stop(52).direction(Direction.SHORT);

        // |50 - 52| = 2 -> 1 000 / 2 = 500 shares
        assertEquals(500, Sizers.fixedFractionalRisk(0.01).shares(c), 1e-9);
    }

    @Test
    void theLeverageCapBoundsATightStop() {
        TestContext c = TestContext.of(100_000, 100).stop(99.5);

        // 2% of 100 000 = 2 000 over 0.5 = 4 000 shares = 400 000 of value; 1x cap: 100 000 / 100 = 1 000 shares
        assertEquals(1_000, Sizers.fixedFractionalRisk(0.02).shares(c), 1e-9);
        assertEquals(1, c.explained(FixedFractionalRiskSizer.CAPPED));
        // 2x cap: 2 000 shares
        assertEquals(2_000, Sizers.fixedFractionalRisk(0.02).maxLeverage(2).shares(c), 1e-9);
        // 5x cap: 500 000 allows the full 4 000 shares
        assertEquals(4_000, Sizers.fixedFractionalRisk(0.02).maxLeverage(5).shares(c), 1e-9);
    }

    @Test
    void noStopOrAStopAtThePriceSkipsTheEntryWithAReason() {
        TestContext none = TestContext.of(100_000, 50);
        assertEquals(0, Sizers.fixedFractionalRisk(0.01).shares(none));
        assertEquals(1, none.explained(FixedFractionalRiskSizer.NO_STOP));

        TestContext atPrice = TestContext.of(100_000, 50).stop(50);
        assertEquals(0, Sizers.fixedFractionalRisk(0.01).shares(atPrice));
        assertEquals(1, atPrice.explained(FixedFractionalRiskSizer.NO_STOP));
    }

    @Test
    void noEquityGivesNoShares() {
        assertEquals(0, Sizers.fixedFractionalRisk(0.01).shares(TestContext.of(-5_000, 50).stop(48)));
        assertEquals(0, Sizers.fixedFractionalRisk(0.01).shares(TestContext.of(0, 50).stop(48)));
    }

    @Test
    void badParametersNameTheParameterAndRange() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Sizers.fixedFractionalRisk(0));
        assertTrue(zero.getMessage().contains("riskFraction must be in (0, 1]"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sizers.fixedFractionalRisk(1.5));
        assertThrows(IllegalArgumentException.class, () -> Sizers.fixedFractionalRisk(Double.NaN));
        IllegalArgumentException lev = assertThrows(IllegalArgumentException.class,
                () -> Sizers.fixedFractionalRisk(0.01).maxLeverage(0));
        assertTrue(lev.getMessage().contains("maxLeverage must be in (0, 100]"), lev.getMessage());
    }
}
