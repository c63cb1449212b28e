package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import dev.backtester.core.sizing.RiskParitySizer.Method;
import dev.backtester.core.testing.TestWindow;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class RiskParitySizerTest {
    private static final int L = 16;

    /** A window whose closes follow the given simple returns, oldest first, from 100. */
    static TestWindow window(String symbol, double... returns) {
        double[] close = new double[returns.length + 1];
        close[0] = 100;
        for (int t = 0; t < returns.length; t++) {
            close[t + 1] = close[t] * (1 + returns[t]);
        }
        return TestWindow.closes(symbol, close);
    }

    /** {@code L} returns scale * f(t). */
    static double[] returns(double scale, IntToDoubleFunction f) {
        double[] r = new double[L];
        for (int t = 0; t < L; t++) {
            r[t] = scale * f.applyAsDouble(t);
        }
        return r;
    }

    // Walsh patterns: +-1 with zero mean over 16 bars and pairwise orthogonal, so the sample covariance
    // of returns built from them is diagonal and the weights are known by hand
    static double walsh1(int t) {
        return t % 2 == 0 ? 1 : -1;
    }

    static double walsh2(int t) {
        return (t / 2) % 2 == 0 ? 1 : -1;
    }

    static double walsh4(int t) {
        return (t / 4) % 2 == 0 ? 1 : -1;
    }

    private static final TestWindow A = window("A", returns(0.01, RiskParitySizerTest::walsh1));
    private static final TestWindow B = window("B", returns(0.02, RiskParitySizerTest::walsh2));
    private static final TestWindow C = window("C", returns(0.04, RiskParitySizerTest::walsh4));

    private static TestContext entry(TestPortfolio portfolio, TestWindow candidate, double price) {
        return TestContext.of(100_000, price).portfolio(portfolio).window(candidate);
    }

    @Test
    void inverseVolatilityWeightsTheCandidateAgainstTheHoldings() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(B, 50);
        TestContext c = entry(p, C, 80);

        double shares = Sizers.riskParity(Method.INVERSE_VOLATILITY).lookback(L).shares(c);

        // sample sigma = scale * sqrt(16/15) for each: 1/sigma proportional to 100, 50, 25 -> w_C = 25/175 = 1/7
        // shares = 1/7 * 1 * 100 000 / 80 = 178.571...
        assertEquals(100_000.0 / 7 / 80, shares, 1e-7);
        assertEquals(1.0 / 7, c.explained(RiskParitySizer.WEIGHT), 1e-9);
        assertEquals(3, c.explained(RiskParitySizer.ASSETS));
    }

    @Test
    void uncorrelatedReturnsGiveTheSameWeightsUnderErc() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(B, 50);
        TestContext c = entry(p, C, 80);

        double shares = Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L).shares(c);

        assertEquals(100_000.0 / 7 / 80, shares, 1e-6);
        assertTrue(c.explained(RiskParitySizer.SWEEPS) > 0, "converged");
    }

    @Test
    void theGrossTargetScalesEveryPosition() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(B, 50);

        // gross 1.5: 1/7 * 1.5 * 100 000 / 80
        assertEquals(1.5 * 100_000.0 / 7 / 80,
                Sizers.riskParity(Method.INVERSE_VOLATILITY).lookback(L).gross(1.5).shares(entry(p, C, 80)), 1e-7);
    }

    @Test
    void atRebalanceEachHeldSymbolGetsItsTargetFromOneComputation() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(B, 50).hold(C, 10);
        PositionSizer run = Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L).forRun();

        // weights 4/7, 2/7, 1/7 of 100 000, each at its own price
        double a = run.shares(entry(p, A, 50));
        int readsAfterFirst = p.windowReads;
        double b = run.shares(entry(p, B, 40));
        double cc = run.shares(entry(p, C, 80));

        assertEquals(4.0 / 7 * 100_000 / 50, a, 1e-6);
        assertEquals(2.0 / 7 * 100_000 / 40, b, 1e-6);
        assertEquals(1.0 / 7 * 100_000 / 80, cc, 1e-6);
        assertEquals(100_000, a * 50 + b * 40 + cc * 80, 1e-6, "the targets add up to gross * equity");
        assertEquals(2, readsAfterFirst, "the other two holdings' windows");
        assertEquals(readsAfterFirst, p.windowReads, "the same time and universe reuse the weights");

        p.time += 1_000; // the next decision recomputes
        run.shares(entry(p, A, 50));
        assertEquals(4, p.windowReads);
    }

    @Test
    void aShortHoldingEntersWithItsReturnsNegated() {
        // correlated returns: B and C share walsh1 with A
        TestWindow a = window("A", returns(0.01, t -> walsh1(t) + 0.5 * walsh2(t)));
        TestWindow b = window("B", returns(0.01, t -> walsh1(t) + walsh4(t)));
        TestWindow bMirror = window("B", returns(-0.01, t -> walsh1(t) + walsh4(t)));
        TestWindow c = window("C", returns(0.02, t -> walsh1(t) - walsh2(t) + walsh4(t)));
        RiskParitySizer sizer = Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L);

        double shortB = sizer.shares(entry(new TestPortfolio(100_000).hold(a, 100).hold(b, -50), c, 80));
        double mirroredLongB = sizer.shares(entry(new TestPortfolio(100_000).hold(a, 100).hold(bMirror, 50), c, 80));
        double longB = sizer.shares(entry(new TestPortfolio(100_000).hold(a, 100).hold(b, 50), c, 80));

        assertEquals(mirroredLongB, shortB, 1e-6);
        assertNotEquals(longB, shortB, 1.0, "the side changes the correlations and so the weights");
    }

    @Test
    void aShortCandidateGetsAPositiveShareCount() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(B, 50);
        TestContext c = entry(p, C, 80).direction(Direction.SHORT);

        double shares = Sizers.riskParity(Method.INVERSE_VOLATILITY).lookback(L).shares(c);

        // negating C's returns does not change its volatility: still 1/7
        assertEquals(100_000.0 / 7 / 80, shares, 1e-7);
    }

    @Test
    void aHoldingWithoutEnoughHistoryIsLeftOut() {
        TestWindow young = window("D", 0.01, -0.02, 0.03, 0.01);
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100).hold(young, 30);
        TestContext c = entry(p, C, 80);

        double shares = Sizers.riskParity(Method.INVERSE_VOLATILITY).lookback(L).shares(c);

        // A and C only: 1/sigma proportional to 100 and 25 -> w_C = 0.2
        assertEquals(0.2 * 100_000 / 80, shares, 1e-7);
        assertEquals(2, c.explained(RiskParitySizer.ASSETS));
        // and D itself, asked at rebalance, gets nothing
        TestContext forD = entry(p, young, 10);
        assertEquals(0, Sizers.riskParity(Method.INVERSE_VOLATILITY).lookback(L).shares(forD));
        assertEquals(1, forD.explained(RiskParitySizer.UNAVAILABLE));
    }

    @Test
    void aCandidateWithoutEnoughHistoryOrVarianceIsSkippedWithAReason() {
        TestPortfolio p = new TestPortfolio(100_000).hold(A, 100);

        TestContext shortHistory = entry(p, C, 80);
        assertEquals(0, Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L + 1).shares(shortHistory));
        assertEquals(1, shortHistory.explained(RiskParitySizer.UNAVAILABLE));

        TestContext flat = entry(p, window("F", new double[L]), 100);
        assertEquals(0, Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L).shares(flat));
        assertEquals(1, flat.explained(RiskParitySizer.UNAVAILABLE));
    }

    @Test
    void aLoneCandidateTakesTheWholeGross() {
        TestContext c = entry(new TestPortfolio(100_000), C, 80);

        assertEquals(100_000.0 / 80, Sizers.riskParity(Method.EQUAL_RISK_CONTRIBUTION).lookback(L).shares(c), 1e-9);
    }

    @Test
    void defaultsAndSchedule() {
        RiskParitySizer rp = Sizers.riskParity(Method.INVERSE_VOLATILITY);

        assertEquals(60, rp.lookback());
        assertEquals(1.0, rp.gross());
        assertEquals(RebalanceSchedule.every(RebalanceSchedule.Period.MONTHLY), rp.rebalance());
        assertEquals(RebalanceSchedule.NEVER, rp.rebalance(RebalanceSchedule.NEVER).rebalance());
        assertEquals(Method.EQUAL_RISK_CONTRIBUTION, rp.method(Method.EQUAL_RISK_CONTRIBUTION).method());
        PositionSizer run = rp.forRun();
        assertNotSame(rp, run);
        assertEquals(rp, run, "same configuration");
        assertFalse(rp.forRun() == run, "each run its own instance");
    }

    @Test
    void badParametersNameTheParameterAndRange() {
        RiskParitySizer rp = Sizers.riskParity(Method.INVERSE_VOLATILITY);
        IllegalArgumentException l = assertThrows(IllegalArgumentException.class, () -> rp.lookback(1));
        assertTrue(l.getMessage().contains("lookback must be >= 2"), l.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class, () -> rp.gross(0));
        assertTrue(g.getMessage().contains("gross must be in (0, 10]"), g.getMessage());
        assertThrows(NullPointerException.class, () -> rp.rebalance(null));
        assertThrows(NullPointerException.class, () -> Sizers.riskParity(null));
    }
}
