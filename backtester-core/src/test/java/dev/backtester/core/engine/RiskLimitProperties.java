package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.core.risk.RiskRules;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The built-in limits hold at every entry decision of a random three-symbol portfolio run through the
 * engine: a last rule in the chain records what the engine's portfolio view says and what survived the
 * chain, and the entry order placed must be exactly that. And after a drawdown circuit breaker trips,
 * no entry is ordered until its resume rule allows it.
 */
class RiskLimitProperties {
    private static final double EPS = 1e-6;

    /** Approves everything and keeps what the portfolio looked like, for checks after the run. */
    static final class Witness implements RiskRule {
        final List<double[]> seen = new ArrayList<>();
        final List<OrderProposal> proposals = new ArrayList<>();

        @Override
        public RiskDecision review(OrderProposal p, PortfolioView v) {
            double sign = p.direction().sign();
            double own = v.marketValue(p.symbol());
            boolean reversing = own * sign < 0;
            double sameSide = reversing ? 0 : Math.abs(own);
            double grossAfter = v.grossExposure() - (reversing ? Math.abs(own) : 0) + p.value();
            double netBefore = v.netExposure();
            double netAfter = netBefore - (reversing ? own : 0) + sign * p.value();
            double riskAfter = v.heat() * v.equity() - (reversing ? v.openRisk(p.symbol()) : 0) + p.risk();
            proposals.add(p);
            seen.add(new double[] {v.equity(), sameSide + p.value(), grossAfter, sign * netBefore, sign * netAfter,
                    riskAfter});
            return RiskDecision.approve(p);
        }

        @Override
        public RiskRule forRun() {
            return this;
        }
    }

    private static List<BarSeries> portfolio(long seed) {
        return List.of(RandomBars.series("A", seed, 200), RandomBars.series("B", seed + 1, 200),
                RandomBars.series("C", seed + 2, 200));
    }

    @Property(tries = 80)
    void positionGrossNetAndHeatLimitsHoldAtEveryEntry(@ForAll @IntRange(min = 1, max = 100_000) long seed,
                                                       @ForAll @DoubleRange(min = 0.1, max = 1.0) double maxPosition,
                                                       @ForAll @DoubleRange(min = 0.3, max = 2.0) double maxGross,
                                                       @ForAll @DoubleRange(min = 0.2, max = 1.5) double maxNet,
                                                       @ForAll @DoubleRange(min = 0.02, max = 0.3) double maxHeat) {
        Witness witness = new Witness();
        Strategy strategy = StrategyBuilder.named("limits")
                .signals(w -> {
                    double u = ExecutionProperties.unit(seed + w.symbol().charAt(0), w.bar(), 3);
                    return u < 0.08 ? Signal.LONG : u < 0.16 ? Signal.SHORT : u < 0.2 ? Signal.FLAT : Signal.NONE;
                })
                .sizing(Sizers.percentOfEquity(0.8))
                .fractionalShares(true)
                .risk(RiskRules.stopLoss(0.05), RiskRules.maxPosition(maxPosition), RiskRules.maxGrossExposure(maxGross),
                        RiskRules.maxNetExposure(maxNet), RiskRules.maxHeat(maxHeat), witness)
                .build();
        RunResult r = Backtest.of(strategy).maxLeverage(3).run(portfolio(seed));
        List<OrderEvent> entries = r.orders().stream()
                .filter(e -> e.role() == Role.ENTRY && e.kind() == OrderEvent.Kind.CREATED).toList();
        assertEquals(witness.proposals.size(), entries.size(), "every approved proposal becomes one entry order");
        Statistics.label("resized or vetoed").collect(r.journal().decisions().stream()
                .anyMatch(d -> d.kind() == Kind.RISK_RESIZED || d.kind() == Kind.RISK_VETOED));
        Statistics.label("resized or vetoed").coverage(c -> c.check(true).percentage(p -> p > 50));
        for (int k = 0; k < entries.size(); k++) {
            OrderProposal p = witness.proposals.get(k);
            assertEquals(p.shares(), entries.get(k).quantity(), 1e-9);
            assertEquals(p.symbol(), entries.get(k).symbol());
            double[] s = witness.seen.get(k);
            double equity = s[0];
            String where = " at " + p;
            assertTrue(s[1] <= maxPosition * equity + EPS, () -> "position limit" + where);
            assertTrue(s[2] <= maxGross * equity + EPS, () -> "gross limit" + where);
            assertTrue(s[4] <= maxNet * equity + EPS || s[4] <= s[3] + EPS, () -> "net limit" + where);
            assertTrue(s[5] <= maxHeat * equity + EPS, () -> "heat limit" + where);
        }
    }

    @Property(tries = 60)
    void afterTheCircuitBreakerTripsNoEntryIsOrderedUntilItResumes(
            @ForAll @IntRange(min = 1, max = 100_000) long seed,
            @ForAll @DoubleRange(min = 0.02, max = 0.15) double maxDrawdown,
            @ForAll @IntRange(min = 1, max = 30) int resumeBars) {
        Strategy strategy = StrategyBuilder.named("breaker")
                .signals(w -> {
                    double u = ExecutionProperties.unit(seed + w.symbol().charAt(0), w.bar(), 5);
                    return u < 0.1 ? Signal.LONG : u < 0.2 ? Signal.SHORT : Signal.NONE;
                })
                .sizing(Sizers.percentOfEquity(0.6))
                .fractionalShares(true)
                .risk(RiskRules.drawdownCircuitBreaker(maxDrawdown).flatten(true).resumeAfterBars(resumeBars))
                .build();
        List<BarSeries> bars = portfolio(seed);
        RunResult r = Backtest.of(strategy).maxLeverage(3).run(bars);
        Map<Long, Integer> barAt = new HashMap<>();
        for (int i = 0; i < bars.get(0).size(); i++) {
            barAt.put(bars.get(0).time(i), i);
        }
        List<Integer> trips = new ArrayList<>();
        for (Decision d : r.journal().ofKind(Kind.FLATTENED)) {
            int bar = barAt.get(d.time());
            if (trips.isEmpty() || trips.get(trips.size() - 1) != bar) {
                trips.add(bar);
            }
        }
        Statistics.label("tripped").collect(!trips.isEmpty());
        Statistics.label("tripped").coverage(c -> c.check(true).percentage(p -> p > 30));
        for (OrderEvent e : r.orders()) {
            if (e.role() == Role.ENTRY && e.kind() == OrderEvent.Kind.CREATED) {
                int bar = barAt.get(e.time());
                for (int trip : trips) {
                    // tripped at the end of bar `trip`: halted for the next resumeBars - 1 bar times at least
                    assertTrue(bar <= trip || bar >= trip + resumeBars,
                            () -> "entry at bar " + bar + " after a trip at " + trip + " resuming after " + resumeBars);
                }
            }
        }
    }
}
