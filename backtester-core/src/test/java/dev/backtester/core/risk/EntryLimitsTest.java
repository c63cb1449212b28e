package dev.backtester.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backtester.api.Direction;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskDecision.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Position, exposure, heat and group limits on hand-built portfolios. */
class EntryLimitsTest {
    private static final double EPS = 1e-9;

    private static OrderProposal buy(String symbol, double shares, double price) {
        return new OrderProposal(symbol, Direction.LONG, shares, price, Double.NaN, 0);
    }

    private static OrderProposal sell(String symbol, double shares, double price) {
        return new OrderProposal(symbol, Direction.SHORT, shares, price, Double.NaN, 0);
    }

    private static void assertDecision(Verdict verdict, double shares, String reason, RiskDecision decision) {
        assertEquals(verdict, decision.verdict(), decision.toString());
        assertEquals(shares, decision.shares(), EPS, decision.toString());
        assertEquals(reason, decision.reason());
    }

    @Test
    void maxPositionApprovesWhatFits() {
        // 200 * 50 = 10,000 = 10% of 100,000, the limit itself
        RiskDecision d = RiskRules.maxPosition(0.10).review(buy("A", 200, 50), new TestPortfolio(100_000));
        assertDecision(Verdict.APPROVE, 200, "", d);
    }

    @Test
    void maxPositionCountsTheSameSidePositionAndResizesTheRest() {
        // limit 10% of 100,000 = 10,000; 100 held at 50 = 5,000; room 5,000 / 50 = 100 shares of the 300 asked
        // asked: (5,000 + 15,000) / 100,000 = 20.0%
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 100, 50);
        RiskDecision d = RiskRules.maxPosition(0.10).review(buy("A", 300, 50), p);
        assertDecision(Verdict.RESIZE, 100, "position in A 20.0% of equity would exceed the limit 10.0%;"
                + " resized to 100 shares", d);
    }

    @Test
    void maxPositionIgnoresAPositionTheEntryReverses() {
        // short 300 at 50 is closed by the long entry: 200 * 50 = 10,000 fits the 10% limit alone
        TestPortfolio p = new TestPortfolio(100_000).hold("A", -300, 50);
        assertDecision(Verdict.APPROVE, 200, "", RiskRules.maxPosition(0.10).review(buy("A", 200, 50), p));
    }

    @Test
    void maxPositionVetoesWhenThePositionIsAlreadyFull() {
        // 250 * 50 = 12,500 held, over the 10,000 limit: no room; asked (12,500 + 500) / 100,000 = 13.0%
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 250, 50);
        assertDecision(Verdict.VETO, 0, "position in A 13.0% of equity would exceed the limit 10.0%;"
                + " no room left for A", RiskRules.maxPosition(0.10).review(buy("A", 10, 50), p));
    }

    @Test
    void grossExposureResizesToTheLimit() {
        // equity 100,000, limit 1.5 -> 150,000; held |80,000| + |-40,000| = 120,000; room 30,000 / 100 = 300 shares
        // asked: (120,000 + 500 * 100) / 100,000 = 1.70
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 800, 100).hold("B", -400, 100);
        assertDecision(Verdict.RESIZE, 300, "gross exposure 1.70 would exceed the limit 1.50; resized to 300 shares",
                RiskRules.maxGrossExposure(1.5).review(buy("C", 500, 100), p));
    }

    @Test
    void grossExposureFreesWhatAReversalCloses() {
        // reversing B's short frees 40,000: base 80,000, room 70,000 / 100 = 700 >= 500
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 800, 100).hold("B", -400, 100);
        assertDecision(Verdict.APPROVE, 500, "", RiskRules.maxGrossExposure(1.5).review(buy("B", 500, 100), p));
    }

    @Test
    void grossExposureVetoesWhenFull() {
        // held 160,000 > 150,000; asked (160,000 + 1,000) / 100,000 = 1.61
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 1600, 100);
        assertDecision(Verdict.VETO, 0, "gross exposure 1.61 would exceed the limit 1.50; no room left for C",
                RiskRules.maxGrossExposure(1.5).review(buy("C", 10, 100), p));
    }

    @Test
    void netExposureCountsShortsNegative() {
        // net = 80,000 - 60,000 = 20,000; limit 0.5 * 100,000 = 50,000; a long may add 30,000 / 100 = 300 shares
        // asked (20,000 + 40,000) / 100,000 = 0.60
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 800, 100).hold("B", -600, 100);
        assertDecision(Verdict.RESIZE, 300, "net exposure 0.60 would exceed the limit 0.50; resized to 300 shares",
                RiskRules.maxNetExposure(0.5).review(buy("C", 400, 100), p));
        // a short moves net towards -50,000: room 20,000 + 50,000 = 70,000 / 100 = 700 >= 400
        assertDecision(Verdict.APPROVE, 400, "", RiskRules.maxNetExposure(0.5).review(sell("C", 400, 100), p));
    }

    @Test
    void netExposureCapsShortsOnTheNegativeSide() {
        // net = -30,000; a short of 300 at 100 makes -60,000 beyond -50,000: room 20,000 / 100 = 200
        TestPortfolio p = new TestPortfolio(100_000).hold("B", -300, 100);
        assertDecision(Verdict.RESIZE, 200, "net exposure -0.60 would exceed the limit -0.50; resized to 200 shares",
                RiskRules.maxNetExposure(0.5).review(sell("C", 300, 100), p));
    }

    @Test
    void netExposureNeverCutsAnEntryThatReducesIt() {
        // net -90,000, far beyond -50,000; a long of 300 at 100 brings it to -60,000: allowed in full
        TestPortfolio p = new TestPortfolio(100_000).hold("B", -900, 100);
        assertDecision(Verdict.APPROVE, 300, "", RiskRules.maxNetExposure(0.5).review(buy("C", 300, 100), p));
    }

    @Test
    void heatResizesByTheRiskPerShare() {
        // open risk: A 100 * (50 - 45) = 500, B without stop |20 * 100| = 2,000; total 2,500 of equity 100,000
        // limit 6% = 6,000; proposal 1,000 shares at 20 with stop 18 risks 2 per share -> room 3,500 / 2 = 1,750
        // (fits); with 2,000 shares: heat (2,500 + 4,000) / 100,000 = 6.5% -> 1,750
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 100, 50, 45).hold("B", 20, 100);
        OrderProposal proposal = new OrderProposal("C", Direction.LONG, 1000, 20, 18, 0);
        assertDecision(Verdict.APPROVE, 1000, "", RiskRules.maxHeat(0.06).review(proposal, p));
        assertDecision(Verdict.RESIZE, 1750, "heat 6.5% would exceed the limit 6.0%; resized to 1750 shares",
                RiskRules.maxHeat(0.06).review(proposal.withShares(2000), p));
    }

    @Test
    void heatCountsAShortsRiskAboveThePriceAndAnUnstoppedProposalsWholeValue() {
        // short 100 at 50 with stop 55: risk -100 * (50 - 55) = 500; proposal without stop: 10 * 100 = 1,000 risk
        // heat (500 + 1,000) / 10,000 = 15% over 10%: room (1,000 - 500) / 100 = 5 shares
        TestPortfolio p = new TestPortfolio(10_000).hold("A", -100, 50, 55);
        assertDecision(Verdict.RESIZE, 5, "heat 15.0% would exceed the limit 10.0%; resized to 5 shares",
                RiskRules.maxHeat(0.10).review(buy("C", 10, 100), p));
    }

    @Test
    void heatVetoesWhenAlreadyFullButLetsARisklessEntryThrough() {
        // A without stop risks its whole 20,000 = 20% of 100,000 > 10%
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 200, 100);
        OrderProposal risky = new OrderProposal("C", Direction.LONG, 10, 100, 90, 0);
        // heat (20,000 + 100) / 100,000 = 20.1%
        assertDecision(Verdict.VETO, 0, "heat 20.1% would exceed the limit 10.0%; no room left for C",
                RiskRules.maxHeat(0.10).review(risky, p));
        OrderProposal riskless = new OrderProposal("C", Direction.LONG, 10, 100, 100, 0);
        assertDecision(Verdict.APPROVE, 10, "", RiskRules.maxHeat(0.10).review(riskless, p));
    }

    @Test
    void groupLimitCountsTheGroupsGrossValue() {
        // tech: A 10,000 + |B -5,000| = 15,000; limit 25% of 100,000 = 25,000; room 10,000 / 100 = 100 of 150
        // asked (15,000 + 15,000) / 100,000 = 30.0%; E (energy) counts nothing towards tech
        Map<String, String> groups = Map.of("A", "tech", "B", "tech", "C", "tech", "E", "energy");
        TestPortfolio p = new TestPortfolio(100_000).hold("A", 100, 100).hold("B", -50, 100).hold("E", 500, 100);
        GroupLimit rule = RiskRules.groupLimit(groups, 0.25);
        assertDecision(Verdict.RESIZE, 100, "group tech 30.0% of equity would exceed the limit 25.0%;"
                + " resized to 100 shares", rule.review(buy("C", 150, 100), p));
        // energy: 50,000 held, over 25,000
        assertDecision(Verdict.VETO, 0, "group energy 51.0% of equity would exceed the limit 25.0%; no room left for E",
                rule.review(buy("E", 10, 100), p));
        // Z has no group: not limited
        assertDecision(Verdict.APPROVE, 10_000, "", rule.review(buy("Z", 10_000, 100), p));
    }

    @Test
    void limitsVetoWithoutEquity() {
        TestPortfolio p = new TestPortfolio(-5);
        assertDecision(Verdict.VETO, 0, "equity -5.00 is not positive", RiskRules.maxPosition(1).review(buy("A", 1, 1), p));
        assertEquals(Verdict.VETO, RiskRules.maxGrossExposure(1).review(buy("A", 1, 1), p).verdict());
        assertEquals(Verdict.VETO, RiskRules.maxNetExposure(1).review(buy("A", 1, 1), p).verdict());
        assertEquals(Verdict.VETO, RiskRules.maxHeat(1).review(buy("A", 1, 1), p).verdict());
    }

    @Test
    void badLimitsAreRejectedNamingTheRange() {
        ExitRulesTest.assertMessage("maxPosition: pctOfEquity must be in (0, 10], got 0.0", () -> RiskRules.maxPosition(0));
        ExitRulesTest.assertMessage("maxGrossExposure: multipleOfEquity must be a finite number > 0, got -1.0",
                () -> RiskRules.maxGrossExposure(-1));
        ExitRulesTest.assertMessage("maxHeat: fraction must be a finite number > 0, got Infinity",
                () -> RiskRules.maxHeat(Double.POSITIVE_INFINITY));
        ExitRulesTest.assertMessage("groupLimit: maxPctOfEquity must be in (0, 10], got 11.0",
                () -> RiskRules.groupLimit(Map.of(), 11));
        assertThrows(NullPointerException.class, () -> RiskRules.groupLimit(null, 0.5));
    }
}
