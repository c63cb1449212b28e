package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KellySizerTest {
    /** Ten trades: 6 wins summing 0.32, 4 losses summing 0.17. */
    private static final double[] TEN = {0.10, 0.05, -0.04, 0.08, -0.02, 0.03, -0.06, 0.04, 0.02, -0.05};

    @Test
    void tenKnownTradesGiveTheHandComputedKellyFraction() {
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, TEN));

        double shares = Sizers.kelly(0).minTrades(10).shares(c);

        // W = 6/10 = 0.6; mean win = 0.32/6 = 0.053333; mean loss = 0.17/4 = 0.0425
        // R = 0.053333 / 0.0425 = 1.254902; f* = 0.6 - 0.4 * 0.0425 / 0.053333 = 0.6 - 0.4 * 0.796875 = 0.28125
        // half Kelly 0.140625 * 100 000 = 14 062.5 of value / 50 = 281.25 shares
        assertEquals(10, c.explained(KellySizer.TRADES));
        assertEquals(0.6, c.explained(KellySizer.WIN_RATE), 1e-12);
        assertEquals(0.32 / 6 / 0.0425, c.explained(KellySizer.PAYOFF), 1e-12);
        assertEquals(0.28125, c.explained(KellySizer.RAW), 1e-12);
        assertEquals(0.140625, c.explained(KellySizer.FRACTION), 1e-12);
        assertEquals(281.25, shares, 1e-9);
        // full Kelly: 0.28125 * 100 000 / 50 = 562.5
        assertEquals(562.5, Sizers.kelly(0).minTrades(10).fraction(1).shares(c), 1e-9);
    }

    @Test
    void theRiskFreeRateIsChargedForEachTradesHoldingTime() {
        // 5% a year over 0.2 years = 1% off each trade:
        // excess 0.09 0.04 -0.05 0.07 -0.03 0.02 -0.07 0.03 0.01 -0.06
        // W = 0.6; mean win = 0.26/6; mean loss = 0.21/4 = 0.0525
        // f* = 0.6 - 0.4 * 0.0525 / (0.26/6) = 0.6 - 0.4 * 1.2115385 = 0.1153846 (= 3/26)
        // half Kelly 3/52 * 100 000 / 50 = 115.3846 shares
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.2, TEN));

        double shares = Sizers.kelly(0.05).minTrades(10).shares(c);

        assertEquals(3.0 / 26, c.explained(KellySizer.RAW), 1e-12);
        assertEquals((0.26 / 6) / 0.0525, c.explained(KellySizer.PAYOFF), 1e-12);
        assertEquals(3.0 / 52 * 100_000 / 50, shares, 1e-9);
        assertTrue(shares < 281.25, "the risk-free hurdle shrinks the bet");
    }

    @Test
    void noEdgeSkipsTheEntry() {
        // W = 0.3, R = 0.01 / 0.05 = 0.2, f* = 0.3 - 0.7 / 0.2 = -3.2 -> no position
        double[] losing = {0.01, -0.05, -0.05, 0.01, -0.05, -0.05, 0.01, -0.05, -0.05, -0.05};
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, losing));

        assertEquals(0, Sizers.kelly(0).minTrades(10).shares(c));
        assertEquals(-3.2, c.explained(KellySizer.RAW), 1e-12);
        assertEquals(0, c.explained(KellySizer.FRACTION));
    }

    @Test
    void onlyLossesGiveMinusOneAndNoPosition() {
        double[] losses = new double[10];
        Arrays.fill(losses, -0.02);
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, losses));

        assertEquals(0, Sizers.kelly(0).minTrades(10).shares(c));
        assertEquals(-1, c.explained(KellySizer.RAW));
        assertEquals(0, c.explained(KellySizer.WIN_RATE));
        assertTrue(Double.isNaN(c.explained(KellySizer.PAYOFF)));
    }

    @Test
    void noLossesBetTheWinRateUpToTheCap() {
        double[] wins = new double[10];
        Arrays.fill(wins, 0.03);
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, wins));

        // f* = W = 1; half Kelly 0.5 * 100 000 / 50 = 1 000 shares
        assertEquals(1_000, Sizers.kelly(0).minTrades(10).shares(c), 1e-9);
        assertEquals(1, c.explained(KellySizer.RAW));
        // full Kelly capped at 0.25 of equity: 25 000 / 50 = 500 shares
        assertEquals(500, Sizers.kelly(0).minTrades(10).fraction(1).cap(0.25).shares(c), 1e-9);
        assertEquals(0.25, c.explained(KellySizer.FRACTION));
    }

    @Test
    void aTradeWithZeroExcessCountsButIsNeitherWinNorLoss() {
        double[] eleven = Arrays.copyOf(TEN, 11); // the 11th trade returns exactly 0
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, eleven));

        Sizers.kelly(0).minTrades(10).fraction(1).shares(c);

        // W = 6/11; R unchanged; f* = 6/11 - 5/11 * 0.796875 = 2.015625 / 11
        assertEquals(6.0 / 11, c.explained(KellySizer.WIN_RATE), 1e-12);
        assertEquals(2.015625 / 11, c.explained(KellySizer.RAW), 1e-12);
    }

    @Test
    void theFallbackSizesUntilMinTradesExist() {
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, Arrays.copyOf(TEN, 5)));

        // default fallback: 10% of equity = 10 000 / 50 = 200 shares
        assertEquals(200, Sizers.kelly(0).minTrades(10).shares(c), 1e-9);
        assertEquals(5, c.explained(KellySizer.TRADES));
        assertEquals(1, c.explained(KellySizer.FALLBACK));
        assertFalse(c.explained.containsKey(KellySizer.RAW));
        assertEquals(7, Sizers.kelly(0).minTrades(10).fallback(Sizers.fixedShares(7)).shares(c));
        // the default needs 20 trades: 10 are not enough
        TestContext ten = TestContext.of(100_000, 50).history(TestHistory.of(0.1, TEN));
        assertEquals(200, Sizers.kelly(0).shares(ten), 1e-9);
    }

    @Test
    void theLookbackReadsOnlyTheLatestTrades() {
        double[] thirty = new double[30];
        Arrays.fill(thirty, 0, 20, -0.05); // 20 old losses
        System.arraycopy(TEN, 0, thirty, 20, 10);
        TestContext c = TestContext.of(100_000, 50).history(TestHistory.of(0.1, thirty));

        // the last 10 are the hand-computed set: 281.25 shares
        assertEquals(281.25, Sizers.kelly(0).minTrades(10).lookback(10).shares(c), 1e-9);
        // all 30: W = 6/30 = 0.2, mean loss = (20*0.05 + 0.17)/24 = 0.04875, R = 0.053333/0.04875
        // f* = 0.2 - 0.8 * 0.04875 / 0.053333 = 0.2 - 0.73125 < 0 -> nothing
        assertEquals(0, Sizers.kelly(0).minTrades(10).shares(c));
        assertEquals(0.2 - 0.8 * 0.04875 / (0.32 / 6), c.explained(KellySizer.RAW), 1e-12);
    }

    @Test
    void defaultsAreHalfKellyCappedAtEquityAfterTwentyTrades() {
        KellySizer k = Sizers.kelly(0.05);
        assertEquals(0.05, k.riskFreeRate());
        assertEquals(0.5, k.fraction());
        assertEquals(1.0, k.cap());
        assertEquals(20, k.minTrades());
        assertEquals(0, k.lookback());
        assertEquals(Sizers.percentOfEquity(0.10), k.fallback());
        assertEquals(RebalanceSchedule.NEVER, k.rebalance());
        assertNotSame(k.forRun(), k.forRun(), "each run keeps its own tally of its trades");
    }

    @Test
    void aStatefulFallbackGetsItsOwnRunInstance() {
        PositionSizer perRun = Sizers.riskParity(RiskParitySizer.Method.INVERSE_VOLATILITY);
        KellySizer k = Sizers.kelly(0).fallback(perRun);

        PositionSizer run = k.forRun();

        KellySizer forRun = ((KellySizer.RunKelly) run).kelly();
        assertFalse(forRun.fallback() == perRun, "the fallback's forRun() copy");
        assertEquals(perRun, forRun.fallback());
    }

    @Test
    void badParametersNameTheParameterAndRange() {
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(0).fraction(1.5));
        assertTrue(f.getMessage().contains("fraction must be in (0, 1]"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(2));
        assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(0).minTrades(0));
        assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(0).cap(0));
        IllegalArgumentException lb = assertThrows(IllegalArgumentException.class, () -> Sizers.kelly(0).lookback(10));
        assertTrue(lb.getMessage().contains("lookback must be 0 (all trades) or >= minTrades (20)"), lb.getMessage());
        assertThrows(NullPointerException.class, () -> Sizers.kelly(0).fallback(null));
    }

    @Test
    void aRunsIncrementalTallyGivesWhatAFullScanGives() {
        double[] returns = new double[200];
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < returns.length; k++) {
            returns[k] = random.nextGaussian() * 0.02 + 0.002;
        }
        for (int lookback : new int[] {0, 20, 57}) {
            KellySizer template = Sizers.kelly(0.05).lookback(lookback);
            PositionSizer run = template.forRun();
            // the run sees its history grow one trade at a time, as a backtest does
            for (int n = 0; n <= returns.length; n += 7) {
                TestContext c = TestContext.of(100_000, 50)
                        .history(TestHistory.of(0.1, java.util.Arrays.copyOf(returns, n)));
                assertEquals(template.shares(c), run.shares(c), 1e-9, "lookback " + lookback + ", " + n + " trades");
            }
        }
    }
}
