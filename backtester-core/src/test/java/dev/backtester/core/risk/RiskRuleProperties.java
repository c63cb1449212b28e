package dev.backtester.core.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.RiskDecision.Verdict;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.core.testing.TestWindow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Invariants of the built-in rules over random portfolios, proposals and series. */
class RiskRuleProperties {
    private static final String[] SYMBOLS = {"A", "B", "C", "D", "E", "F"};
    private static final double TOLERANCE = 1e-9;

    /** A random portfolio with up to five positions (either side, with or without stops) and a proposal. */
    private record Case(TestPortfolio portfolio, OrderProposal proposal, Map<String, String> groups) {
        static Case random(long seed) {
            Random r = new Random(seed);
            TestPortfolio p = new TestPortfolio(1_000 + r.nextDouble() * 1_000_000);
            Map<String, String> groups = new HashMap<>();
            int held = r.nextInt(6);
            for (int i = 0; i < held; i++) {
                double shares = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(5_000));
                double close = 1 + r.nextDouble() * 500;
                double stop = r.nextBoolean() ? Double.NaN : close * (1 - Math.signum(shares) * r.nextDouble() * 0.3);
                p.hold(SYMBOLS[i], shares, close, stop);
            }
            for (String symbol : SYMBOLS) {
                if (r.nextInt(4) > 0) {
                    groups.put(symbol, r.nextBoolean() ? "g1" : "g2");
                }
            }
            Direction side = r.nextBoolean() ? Direction.LONG : Direction.SHORT;
            double price = 1 + r.nextDouble() * 500;
            double stop = r.nextBoolean() ? Double.NaN : price * (1 - side.sign() * r.nextDouble() * 0.2);
            OrderProposal proposal = new OrderProposal(SYMBOLS[r.nextInt(SYMBOLS.length)], side,
                    1 + r.nextInt(20_000), price, stop, 0);
            return new Case(p, proposal, groups);
        }

        /** The proposal with the decision's shares; null for a veto. */
        OrderProposal after(RiskDecision decision) {
            assertTrue(decision.shares() <= proposal.shares() + TOLERANCE, "never grows the proposal: " + decision);
            return decision.verdict() == Verdict.VETO ? null : proposal.withShares(decision.shares());
        }

        /** The symbol's position value that stays next to the entry (a same-side one; a reversed one is closed). */
        double stays() {
            return Room.sameSide(proposal, portfolio);
        }

        boolean reverses() {
            return Room.reverses(proposal, portfolio);
        }
    }

    private static void assertWithin(double value, double limit, Object context) {
        assertTrue(value <= limit * (1 + TOLERANCE) + TOLERANCE, value + " exceeds " + limit + " in " + context);
    }

    @Property(tries = 2000)
    void maxPositionResultsStayWithinTheLimit(@ForAll long seed, @ForAll @DoubleRange(min = 0.01, max = 2) double pct) {
        Case c = Case.random(seed);
        OrderProposal result = c.after(RiskRules.maxPosition(pct).review(c.proposal(), c.portfolio()));
        if (result != null) {
            assertWithin(c.stays() + result.value(), pct * c.portfolio().equity(), c);
        }
    }

    @Property(tries = 2000)
    void grossExposureResultsStayWithinTheLimit(@ForAll long seed, @ForAll @DoubleRange(min = 0.1, max = 4) double max) {
        Case c = Case.random(seed);
        OrderProposal result = c.after(RiskRules.maxGrossExposure(max).review(c.proposal(), c.portfolio()));
        if (result != null) {
            double gross = c.portfolio().grossExposure() - Math.abs(c.portfolio().marketValue(result.symbol()))
                    + c.stays() + result.value();
            assertWithin(gross, max * c.portfolio().equity(), c);
        }
    }

    @Property(tries = 2000)
    void netExposureResultsStayWithinTheLimitOnTheEntrysSide(@ForAll long seed,
                                                            @ForAll @DoubleRange(min = 0.1, max = 4) double max) {
        Case c = Case.random(seed);
        OrderProposal result = c.after(RiskRules.maxNetExposure(max).review(c.proposal(), c.portfolio()));
        if (result != null) {
            int sign = result.direction().sign();
            double net = c.portfolio().netExposure() - c.portfolio().marketValue(result.symbol())
                    + sign * (c.stays() + result.value());
            assertWithin(sign * net, max * c.portfolio().equity(), c);
        }
    }

    @Property(tries = 2000)
    void heatResultsStayWithinTheLimit(@ForAll long seed, @ForAll @DoubleRange(min = 0.01, max = 1) double max) {
        Case c = Case.random(seed);
        OrderProposal result = c.after(RiskRules.maxHeat(max).review(c.proposal(), c.portfolio()));
        if (result != null && result.risk() > 0) {
            double open = 0;
            for (String held : c.portfolio().holdings()) {
                if (!(c.reverses() && held.equals(result.symbol()))) {
                    open += c.portfolio().openRisk(held);
                }
            }
            assertWithin(open + result.risk(), max * c.portfolio().equity(), c);
        }
    }

    @Property(tries = 2000)
    void groupResultsStayWithinTheLimit(@ForAll long seed, @ForAll @DoubleRange(min = 0.01, max = 2) double max) {
        Case c = Case.random(seed);
        OrderProposal result = c.after(RiskRules.groupLimit(c.groups(), max).review(c.proposal(), c.portfolio()));
        String group = c.groups().get(c.proposal().symbol());
        if (result != null && group != null) {
            double value = result.value();
            for (String held : c.portfolio().holdings()) {
                if (group.equals(c.groups().get(held)) && !(c.reverses() && held.equals(result.symbol()))) {
                    value += Math.abs(c.portfolio().marketValue(held));
                }
            }
            assertWithin(value, max * c.portfolio().equity(), c);
        }
    }

    @Property(tries = 1000)
    void closeBasedTrailingStopsStayOnTheirSideOfTheClose(@ForAll @DoubleRange(min = 0.01, max = 1e6) double close,
                                                          @ForAll @DoubleRange(min = 1e-6, max = 0.999) @Scale(6) double pct,
                                                          @ForAll @DoubleRange(min = 0, max = 1e5) double atr,
                                                          @ForAll @DoubleRange(min = 0.01, max = 20) double multiple) {
        TestWindow bar = TestWindow.bar(close * 1.1, close * 0.9, close);
        AtrTrailingStop atrStop = (AtrTrailingStop) RiskRules.atrTrailingStop(multiple, 14)
                .declareOn(StrategyBuilder.named("p"));
        bar.with(atrStop.atr(), atr);
        TrailingStop trailing = RiskRules.trailingStop(pct);
        assertTrue(trailing.stopPrice(TestPosition.longAt(1), bar) <= close);
        assertTrue(trailing.stopPrice(TestPosition.shortAt(1), bar) >= close);
        assertTrue(atrStop.stopPrice(TestPosition.longAt(1), bar) <= close);
        assertTrue(atrStop.stopPrice(TestPosition.shortAt(1), bar) >= close);
    }

    @Property(tries = 1000)
    void correlationIsWithinMinusOneAndOne(@ForAll @Size(min = 2, max = 50) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs,
                                           @ForAll long seed) {
        Random r = new Random(seed);
        int n = xs.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xs.get(i);
            // y partly follows x so that strong correlations, where rounding could leave [-1, 1], are common
            y[i] = (r.nextBoolean() ? 1 : -1) * x[i] * r.nextInt(3) + r.nextGaussian() * 1e-3;
        }
        double c = Correlation.pearson(x, y, n);
        assertTrue(Double.isNaN(c) || c >= -1 && c <= 1, "correlation " + c);
        double self = Correlation.pearson(x, x, n);
        assertTrue(Double.isNaN(self) || self >= -1 && self <= 1, "self correlation " + self);
    }
}
