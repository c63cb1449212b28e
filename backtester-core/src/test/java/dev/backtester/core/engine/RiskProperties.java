package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.sizing.Sizers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of stops, watching rules and the journal over random series and random signals. */
class RiskProperties {

    private static Strategy randomSignals(long seed, double trailPct, double stopPct, RiskMiddlewareTest.Breaker breaker) {
        return randomSignals(seed, trailPct, stopPct, breaker, true);
    }

    private static Strategy randomSignals(long seed, double trailPct, double stopPct, RiskMiddlewareTest.Breaker breaker,
                                          boolean fixedStop) {
        StrategyBuilder b = StrategyBuilder.named("random-risk")
                .signals(w -> {
                    double u = ExecutionProperties.unit(seed, w.bar(), 7);
                    return u < 0.06 ? Signal.LONG : u < 0.12 ? Signal.SHORT : u < 0.16 ? Signal.FLAT : Signal.NONE;
                })
                .sizing(Sizers.percentOfEquity(0.6))
                .fractionalShares(true)
                .risk(new RiskMiddlewareTest.CloseTrailing(trailPct));
        if (fixedStop) {
            b.risk(new RiskMiddlewareTest.PercentStop(stopPct));
        }
        if (breaker != null) {
            b.risk(breaker);
        }
        return b.build();
    }

    @Property(tries = 200)
    void trailingStopsNeverLoosenAndAreNeverSkipped(@ForAll @IntRange(min = 1, max = 10_000) long seed,
                                  @ForAll @DoubleRange(min = 0.001, max = 0.1) @Scale(4) double trailPct,
                                  @ForAll @DoubleRange(min = 0.01, max = 0.2) double stopPct,
                                  @ForAll boolean fixedStop) {
        BarSeries bars = RandomBars.series("R", seed, 250);
        RunResult r = Backtest.of(randomSignals(seed, trailPct, stopPct, null, fixedStop)).run(bars);
        Map<Long, Direction> sides = new HashMap<>();
        for (Trade t : r.trades()) {
            sides.put(t.id(), t.direction());
        }
        Map<Long, Double> last = new HashMap<>();
        for (Decision d : r.journal().decisions()) {
            if (d.kind() == Kind.STOP_SET) {
                last.put(d.tradeId(), d.figure("stop"));
            }
            if (d.kind() == Kind.STOP_MOVED) {
                double from = d.figure("from");
                double to = d.figure("to");
                int sign = sides.get(d.tradeId()).sign();
                assertTrue(Double.isNaN(from) || (to - from) * sign > 0, () -> "loosened: " + d);
                Double before = last.put(d.tradeId(), to);
                assertTrue(before == null || Double.isNaN(before) || (to - before) * sign > 0, () -> "loosened: " + d);
            }
        }
        assertNoStopSkipped(bars, r);
        for (Trade t : r.trades()) {
            if (t.exitReason() == dev.backtester.api.result.ExitReason.TRAILING_STOP
                    || t.exitReason() == dev.backtester.api.result.ExitReason.STOP_LOSS) {
                // a stop exit fills at the stop or, after a gap through it, at the (worse) open
                double stop = last.get(t.id());
                assertTrue((t.exitPrice() - stop) * t.direction().sign() <= 1e-9, () -> t + " stop " + stop);
            }
        }
    }

    /**
     * Replays each trade's stop from the journal (set at the fill bar, moved at a close for the next
     * bar) and checks that no bar before the exit reached the stop in force.
     */
    private static void assertNoStopSkipped(BarSeries bars, RunResult r) {
        Map<Long, Integer> barAt = new HashMap<>();
        for (int i = 0; i < bars.size(); i++) {
            barAt.put(bars.time(i), i);
        }
        double[] low = bars.column(dev.backtester.api.data.PriceField.LOW);
        double[] high = bars.column(dev.backtester.api.data.PriceField.HIGH);
        for (Trade t : r.trades()) {
            int sign = t.direction().sign();
            double[] stopFrom = new double[bars.size() + 1];
            java.util.Arrays.fill(stopFrom, Double.NaN);
            for (Decision d : r.journal().explain(t.id())) {
                int bar = barAt.get(d.time());
                if (d.kind() == Kind.STOP_SET && !Double.isNaN(d.figure("stop"))) {
                    stopFrom[bar] = d.figure("stop");
                }
                if (d.kind() == Kind.STOP_MOVED) {
                    stopFrom[bar + 1] = d.figure("to");
                }
            }
            double stop = Double.NaN;
            for (int b = t.entryBar(); b < t.exitBar(); b++) {
                if (!Double.isNaN(stopFrom[b])) {
                    stop = stopFrom[b];
                }
                double reach = sign > 0 ? low[b] : high[b];
                int bar = b;
                double level = stop;
                assertTrue(Double.isNaN(stop) || (reach - stop) * sign > 0,
                        () -> "bar " + bar + " reached the stop " + level + " but " + t + " went on");
            }
        }
    }

    @Property(tries = 60)
    void everyTradeHasAChainFromSignalToExitAndTheJournalChangesNothing(
            @ForAll @IntRange(min = 1, max = 10_000) long seed) {
        BarSeries bars = RandomBars.series("R", seed, 200);
        Strategy strategy = randomSignals(seed, 0.03, 0.08, null);
        RunResult on = Backtest.of(strategy).run(bars);
        for (Trade t : on.trades()) {
            List<Decision> chain = on.journal().explain(t.id());
            List<Kind> kinds = chain.stream().map(Decision::kind).toList();
            assertEquals(Kind.SIGNAL, kinds.get(0), kinds::toString);
            assertTrue(kinds.indexOf(Kind.SIZING) < kinds.indexOf(Kind.ORDER), kinds::toString);
            assertTrue(chain.stream().anyMatch(d -> d.kind() == Kind.ORDER && d.source().startsWith("FILLED ENTRY")
                    || d.kind() == Kind.ORDER && d.source().startsWith("PARTIALLY_FILLED ENTRY")), kinds::toString);
            assertEquals(t.open() ? 0 : 1, kinds.stream().filter(k -> k == Kind.EXIT).count(), kinds::toString);
            if (!t.open()) {
                Decision exit = chain.stream().filter(d -> d.kind() == Kind.EXIT).findFirst().orElseThrow();
                assertEquals(t.exitReason().name(), exit.detail());
                assertEquals(t.exitTime(), exit.time());
            }
            for (int k = 1; k < chain.size(); k++) {
                assertTrue(chain.get(k).sequence() > chain.get(k - 1).sequence());
                assertTrue(chain.get(k).time() >= chain.get(k - 1).time(), kinds::toString);
            }
        }
        RunResult off = Backtest.of(strategy).journal(false).run(bars);
        assertEquals(on.trades(), off.trades());
        assertEquals(on.equity(), off.equity());
        assertEquals(on.orders(), off.orders());
    }

    @Property(tries = 60)
    void afterAFlatteningRuleTripsNoEntryIsOrdered(@ForAll @IntRange(min = 1, max = 10_000) long seed,
                                                   @ForAll @DoubleRange(min = 0.01, max = 0.1) double limit) {
        BarSeries bars = RandomBars.series("R", seed, 250);
        RunResult r = Backtest.of(randomSignals(seed, 0.5, 0.5, new RiskMiddlewareTest.Breaker(limit))).run(bars);
        List<Decision> flattened = r.journal().ofKind(Kind.FLATTENED);
        long tripTime = r.journal().decisions().stream().filter(d -> d.kind() == Kind.RISK_VETOED
                || d.kind() == Kind.FLATTENED).mapToLong(Decision::time).min().orElse(Long.MAX_VALUE);
        for (OrderEvent e : r.orders()) {
            if (e.role() == Role.ENTRY && e.kind() == OrderEvent.Kind.CREATED) {
                assertTrue(e.time() <= tripTime, () -> "entry ordered after the breaker tripped: " + e);
            }
        }
        assertTrue(flattened.size() <= 1);
    }
}
