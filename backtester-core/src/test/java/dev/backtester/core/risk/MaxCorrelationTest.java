package dev.backtester.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision.Verdict;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.core.testing.TestWindow;
import org.junit.jupiter.api.Test;

/** Correlation vetoes on hand-built close series. */
class MaxCorrelationTest {
    // candidate closes 100, 110, 99, 108.9, 98.01: returns +10%, -10%, +10%, -10%
    private static final double[] ZIGZAG = {100, 110, 99, 108.9, 98.01};
    // returns +20%, -20%, +20%, -20%: perfectly correlated with ZIGZAG
    private static final double[] DOUBLE_ZIGZAG = {100, 120, 96, 115.2, 92.16};
    // returns -10%, +10%, -10%, +10%: correlation -1 with ZIGZAG
    private static final double[] MIRROR = {100, 90, 99, 89.1, 98.01};
    // returns +10%, +10%, -10%, -10%: mean 0, products with ZIGZAG's signs +,-,-,+ -> correlation 0
    private static final double[] UNRELATED = {100, 110, 121, 108.9, 98.01};

    private static OrderProposal buy(String symbol) {
        return new OrderProposal(symbol, Direction.LONG, 10, 98.01, Double.NaN, 5);
    }

    private static OrderProposal sell(String symbol) {
        return new OrderProposal(symbol, Direction.SHORT, 10, 98.01, Double.NaN, 5);
    }

    @Test
    void pearsonOfHandPickedSeries() {
        // x = 1, 2, 3; y = 2, 4, 7: means 2 and 13/3; dx = -1, 0, 1; dy = -7/3, -1/3, 8/3
        // sxy = 7/3 + 8/3 = 5; sxx = 2; syy = (49 + 1 + 64) / 9 = 114/9; r = 5 / sqrt(2 * 114 / 9) = 0.99339...
        double r = Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 7}, 3);
        assertEquals(5 / Math.sqrt(2 * 114.0 / 9), r, 1e-12);
        assertTrue(Double.isNaN(Correlation.pearson(new double[] {1, 1}, new double[] {1, 2}, 2)), "constant sample");
        assertTrue(Double.isNaN(Correlation.pearson(new double[] {1}, new double[] {1}, 1)), "one value");
    }

    @Test
    void vetoesAnEntryMovingWithAHolding() {
        TestPortfolio p = new TestPortfolio(100_000).hold("H", 100, 115.2)
                .window("C", TestWindow.closes("C", ZIGZAG)).window("H", TestWindow.closes("H", DOUBLE_ZIGZAG));
        RiskDecision d = RiskRules.maxCorrelation(0.7, 4).review(buy("C"), p);
        assertEquals(Verdict.VETO, d.verdict());
        assertEquals("correlation 1.00 of C with holding H over 4 returns exceeds the limit 0.70", d.reason());
    }

    @Test
    void absoluteCorrelationVetoesAMirrorAndTheDirectionalRuleLetsAHedgeThrough() {
        TestPortfolio p = new TestPortfolio(100_000).hold("H", 100, 98.01)
                .window("C", TestWindow.closes("C", ZIGZAG)).window("H", TestWindow.closes("H", MIRROR));
        RiskDecision absolute = RiskRules.maxCorrelation(0.7, 4).review(buy("C"), p);
        assertEquals("correlation -1.00 of C with holding H over 4 returns exceeds the limit 0.70", absolute.reason());
        // directional: long C against long H with correlation -1 -> -1, a hedge
        assertEquals(Verdict.APPROVE, RiskRules.maxCorrelation(0.7, 4).directional().review(buy("C"), p).verdict());
        // short C against long H: -1 * -1 * +1 = +1, the same bet twice
        RiskDecision same = RiskRules.maxCorrelation(0.7, 4).directional().review(sell("C"), p);
        assertEquals(Verdict.VETO, same.verdict());
        assertEquals("correlation -1.00 of C with holding H over 4 returns (by side 1.00) exceeds the limit 0.70",
                same.reason());
    }

    @Test
    void approvesUncorrelatedHoldingsAndNamesTheWorstOne() {
        TestPortfolio p = new TestPortfolio(100_000).hold("U", 100, 98.01).hold("H", 100, 92.16)
                .window("C", TestWindow.closes("C", ZIGZAG)).window("U", TestWindow.closes("U", UNRELATED))
                .window("H", TestWindow.closes("H", DOUBLE_ZIGZAG));
        assertEquals(Verdict.APPROVE, RiskRules.maxCorrelation(0.7, 4).review(buy("C"),
                new TestPortfolio(100_000).hold("U", 100, 98.01).window("C", TestWindow.closes("C", ZIGZAG))
                        .window("U", TestWindow.closes("U", UNRELATED))).verdict());
        assertTrue(RiskRules.maxCorrelation(0.7, 4).review(buy("C"), p).reason().contains("holding H"));
    }

    @Test
    void tooLittleHistoryIsNotMeasured() {
        // window 4 needs 5 closes; the candidate has 4, then the holding has 4 (none at or before the candidate's first time)
        TestPortfolio shortCandidate = new TestPortfolio(100_000).hold("H", 100, 1)
                .window("C", TestWindow.closes("C", 110, 99, 108.9, 98.01))
                .window("H", TestWindow.closes("H", DOUBLE_ZIGZAG));
        assertEquals(Verdict.APPROVE, RiskRules.maxCorrelation(0.7, 4).review(buy("C"), shortCandidate).verdict());
        TestPortfolio shortHolding = new TestPortfolio(100_000).hold("H", 100, 1)
                .window("C", TestWindow.closes("C", ZIGZAG))
                .window("H", TestWindow.closesAt("H", new long[] {2, 3, 4, 5}, new double[] {120, 96, 115.2, 92.16}));
        assertEquals(Verdict.APPROVE, RiskRules.maxCorrelation(0.7, 4).review(buy("C"), shortHolding).verdict());
    }

    @Test
    void holdingsAreReadAtOrBeforeTheCandidatesBarTimes() {
        // H has an extra bar at time 25 between the candidate's 20 and 30, and a later one at 60 (after the decision
        // it would not be offered; here the window ends at 50): as-of reads take 100, 120, 96, 115.2, 92.16
        long[] candidateTimes = {10, 20, 30, 40, 50};
        long[] holdingTimes = {10, 20, 25, 30, 40, 50};
        double[] holdingCloses = {100, 120, 500, 96, 115.2, 92.16};
        TestPortfolio p = new TestPortfolio(100_000).hold("H", 100, 92.16)
                .window("C", TestWindow.closesAt("C", candidateTimes, ZIGZAG))
                .window("H", TestWindow.closesAt("H", holdingTimes, holdingCloses));
        assertEquals(Verdict.VETO, RiskRules.maxCorrelation(0.99, 4).review(buy("C"), p).verdict());
    }

    @Test
    void theSymbolItselfIsNotComparedWithItself() {
        TestPortfolio p = new TestPortfolio(100_000).hold("C", 100, 98.01).window("C", TestWindow.closes("C", ZIGZAG));
        assertEquals(Verdict.APPROVE, RiskRules.maxCorrelation(0.5, 4).review(buy("C"), p).verdict());
    }

    @Test
    void badParametersAreRejected() {
        ExitRulesTest.assertMessage("maxCorrelation: threshold must be in (0, 1], got 1.2",
                () -> RiskRules.maxCorrelation(1.2, 20));
        ExitRulesTest.assertMessage("maxCorrelation: window must be >= 2 returns, got 1",
                () -> RiskRules.maxCorrelation(0.7, 1));
    }
}
