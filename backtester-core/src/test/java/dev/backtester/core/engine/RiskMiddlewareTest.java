package dev.backtester.core.engine;

import static dev.backtester.core.engine.TestBars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.Bracket;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeSelection;
import dev.backtester.api.result.Decision;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.PositionView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine side of risk middleware: exit rules become brackets (planned stop for sizing, set from
 * the actual entry price, trailed at closes and never loosened), watching rules flatten, sizers
 * rebalance, components declare indicators, and the decision journal explains each trade.
 */
class RiskMiddlewareTest {
    private static final double EPS = 1e-9;

    /** A stop {@code pct} below (long) or above (short) the entry price. */
    record PercentStop(double pct) implements ExitRule {
        @Override
        public double stopPrice(PositionView position, DataWindow window) {
            return position.entryPrice() * (1 - position.direction().sign() * pct);
        }
    }

    /** A stop {@code pct} from each close, moved at every close. */
    record CloseTrailing(double pct) implements ExitRule {
        @Override
        public double stopPrice(PositionView position, DataWindow window) {
            return window.close() * (1 - position.direction().sign() * pct);
        }

        @Override
        public boolean trails() {
            return true;
        }
    }

    private static Strategy longOnFirstBar(PositionSizer sizer, RiskRule... rules) {
        return StrategyBuilder.named("risk")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(sizer)
                .risk(rules)
                .build();
    }

    @Test
    void aStopRuleIsSetFromTheActualEntryPriceAndClosesAtTheStop() {
        // entry fills at bar 1's open 10.0, so the 10% stop is 9.0 (not 10% below the signal close 10.4)
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10.4, 10, 10.4), bar(10, 10.5, 9.8, 10.2),
                bar(10, 10.2, 8.5, 8.8), bar(9, 9, 9, 9));
        RunResult r = Backtest.of(longOnFirstBar(Sizers.fixedShares(10), new PercentStop(0.10))).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.STOP_LOSS, t.exitReason());
        assertEquals(2, t.exitBar());
        assertEquals(9.0, t.exitPrice(), EPS);
        Decision set = r.journal().ofKind(Kind.STOP_SET).get(0);
        assertEquals(9.0, set.figure("stop"), EPS);
        assertEquals(t.id(), set.tradeId());
    }

    @Test
    void theTighterOfTheBracketStopAndTheRuleStopWins() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10.5, 9.8, 10.2),
                bar(10, 10.2, 9.2, 9.4), bar(9, 9, 8, 8));
        Strategy strategy = StrategyBuilder.named("both")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.market().with(Bracket.of(9.0, Double.NaN)))
                .sizing(Sizers.fixedShares(10))
                .risk(new PercentStop(0.05))
                .build();
        // rule stop 9.5 is tighter than the bracket's 9.0: bar 2's low 9.2 reaches it
        Trade t = Backtest.of(strategy).run(bars).trades().get(0);
        assertEquals(2, t.exitBar());
        assertEquals(9.5, t.exitPrice(), EPS);
    }

    @Test
    void aTrailingStopFollowsTheClosesNeverLoosensAndFillsAtItsLastLevel() {
        BarSeries bars = TestBars.ohlc("X", 1000,
                bar(10, 10, 10, 10),        // signal
                bar(10, 10.2, 9.9, 10),     // fill at 10, stop 9.0 at the fill, 9.0 at this close
                bar(10, 12.1, 10, 12),      // close 12: stop to 10.8
                bar(12, 12, 10.9, 11),      // close 11 would give 9.9: the stop stays 10.8
                bar(11, 11.2, 10.5, 10.6),  // low 10.5 reaches 10.8
                bar(10, 10, 10, 10));
        RunResult r = Backtest.of(longOnFirstBar(Sizers.fixedShares(10), new CloseTrailing(0.10))).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.TRAILING_STOP, t.exitReason());
        assertEquals(4, t.exitBar());
        assertEquals(10.8, t.exitPrice(), EPS);
        List<Decision> moves = r.journal().ofKind(Kind.STOP_MOVED);
        assertEquals(1, moves.size(), "only the close at 12 moved the stop: " + moves);
        assertEquals(9.0, moves.get(0).figure("from"), EPS);
        assertEquals(10.8, moves.get(0).figure("to"), EPS);
    }

    @Test
    void aShortTrailingStopMovesDown() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10.1, 9.9, 10),
                bar(10, 10, 7.9, 8), bar(8, 8.9, 8, 8.7), bar(9, 9, 9, 9));
        Strategy strategy = StrategyBuilder.named("short")
                .signals(w -> w.bar() == 0 ? Signal.SHORT : Signal.NONE)
                .sizing(Sizers.fixedShares(10))
                .risk(new CloseTrailing(0.10))
                .build();
        Trade t = Backtest.of(strategy).run(bars).trades().get(0);
        // stop 11 at the fill, 8.8 after the close at 8; bar 3's high 8.9 reaches it
        assertEquals(ExitReason.TRAILING_STOP, t.exitReason());
        assertEquals(3, t.exitBar());
        assertEquals(8.8, t.exitPrice(), EPS);
    }

    @Test
    void theSizerSeesThePlannedStopAndTheProposalCarriesIt() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10, 10, 10), bar(10, 10, 10, 10));
        double[] seen = new double[2];
        // risk 1% of 10,000 over the distance to a 5% stop from the signal close 10: 100 / 0.5 = 200 shares
        PositionSizer byRisk = c -> 0.01 * c.equity() / (c.price() - c.stopPrice());
        RiskRule spy = (proposal, portfolio) -> {
            seen[0] = proposal.stopPrice();
            seen[1] = proposal.risk();
            return RiskDecision.approve(proposal);
        };
        RunResult r = Backtest.of(longOnFirstBar(byRisk, new PercentStop(0.05), spy)).initialCapital(10_000).run(bars);
        assertEquals(200, r.trades().get(0).shares(), EPS);
        assertEquals(9.5, seen[0], EPS);
        assertEquals(100.0, seen[1], EPS);
    }

    /** Vetoes entries and flattens everything once drawdown reaches the limit; never resumes. */
    static final class Breaker implements RiskRule {
        private final double limit;
        private boolean tripped;

        Breaker(double limit) {
            this.limit = limit;
        }

        @Override
        public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
            return tripped ? RiskDecision.veto("halted") : RiskDecision.approve(proposal);
        }

        @Override
        public RiskRule forRun() {
            return new Breaker(limit);
        }

        @Override
        public boolean observesBars() {
            return true;
        }

        @Override
        public boolean observe(PortfolioView portfolio) {
            if (!tripped && portfolio.drawdown() >= limit) {
                tripped = true;
                return true;
            }
            return false;
        }
    }

    @Test
    void aWatchingRuleFlattensAtTheCloseAndVetoesLaterEntries() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10, 10, 10),
                bar(10, 10, 7, 7), bar(7.5, 8, 7, 7.5), bar(8, 8, 8, 8), bar(8, 8, 8, 8));
        Strategy strategy = StrategyBuilder.named("breaker")
                .signals(w -> w.isFlat() ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.percentOfEquity(1.0))
                .risk(new Breaker(0.2))
                .build();
        Breaker shared = new Breaker(0.2);
        RunResult r = Backtest.of(strategy).initialCapital(10_000).run(bars);
        // 1000 shares at 10; close 7 puts drawdown at 30%: flattened at bar 3's open 7.5
        Trade t = r.trades().get(0);
        assertEquals(ExitReason.RISK_LIMIT, t.exitReason());
        assertEquals(3, t.exitBar());
        assertEquals(7.5, t.exitPrice(), EPS);
        assertEquals(1, r.trades().size(), "no entry after the breaker tripped");
        assertFalse(r.journal().ofKind(Kind.RISK_VETOED).isEmpty());
        assertEquals(1, r.journal().ofKind(Kind.FLATTENED).size());
        // the rule given to the builder is never the one that ran: each run has its own state
        assertFalse(shared.tripped);
        RunResult again = Backtest.of(strategy).initialCapital(10_000).run(bars);
        assertEquals(r.trades(), again.trades());
    }

    /** Holds a fixed share of equity and rebalances to it every day. */
    record DailyTarget(double fraction) implements PositionSizer {
        @Override
        public double shares(SizingContext context) {
            context.explain("target_fraction", fraction);
            return fraction * context.equity() / context.price();
        }

        @Override
        public RebalanceSchedule rebalance() {
            return new RebalanceSchedule(RebalanceSchedule.Period.DAILY, java.time.ZoneOffset.UTC);
        }
    }

    @Test
    void aRebalancingSizerResizesTheHeldPositionWithoutClosingTheTrade() {
        BarSeries bars = TestBars.ohlc("X", 1000, bar(10, 10, 10, 10), bar(10, 10, 10, 10),
                bar(20, 20, 20, 20), bar(20, 20, 20, 20), bar(20, 20, 20, 20));
        Strategy strategy = StrategyBuilder.named("rebalance")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(new DailyTarget(0.5))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(10_000).run(bars);
        // 500 shares at 10. Close 20: equity 15,000, target 375 shares: sell 125 at bar 3's open 20
        List<OrderEvent> rebalances = r.orders().stream()
                .filter(e -> e.role() == Role.REBALANCE && e.kind() == OrderEvent.Kind.FILLED).toList();
        assertEquals(1, rebalances.size(), () -> r.orders().toString());
        assertEquals(125, rebalances.get(0).shares(), EPS);
        assertEquals(OrderEvent.Side.SELL, rebalances.get(0).side());
        assertEquals(1, r.trades().size());
        Trade t = r.trades().get(0);
        assertTrue(t.open());
        assertEquals(500, t.shares(), EPS);
        assertEquals(rebalances.get(0).tradeId(), t.id());
        // the open trade's value: 125 sold at 20 plus 375 held at 20
        assertEquals(20.0, t.exitPrice(), EPS);
        assertEquals(15_000, r.metrics().finalEquity(), EPS);
        assertEquals(1, r.journal().ofKind(Kind.REBALANCE).size());
    }

    /** A sizer that declares an SMA and sizes 1 share per point of it. */
    record SmaShares(Series sma) implements PositionSizer, UsesIndicators<PositionSizer> {
        @Override
        public double shares(SizingContext context) {
            return context.window().value(sma);
        }

        @Override
        public PositionSizer declareOn(StrategyBuilder builder) {
            return new SmaShares(builder.indicator(Indicators.sma(2)));
        }
    }

    @Test
    void componentsDeclareTheirIndicatorsWhenAddedToTheBuilder() {
        BarSeries bars = TestBars.closes("X", 10, 20, 30, 40, 50);
        Strategy strategy = StrategyBuilder.named("declares")
                .signals(w -> w.bar() == 2 ? Signal.LONG : Signal.NONE)
                .sizing(new SmaShares(null))
                .build();
        assertEquals(1, strategy.indicators().size());
        assertEquals(1, strategy.warmupBars(), "the component's indicator counts towards the warm-up");
        // SMA(2) at bar 2 = (20 + 30) / 2 = 25 shares
        assertEquals(25, Backtest.of(strategy).run(bars).trades().get(0).shares(), EPS);
    }

    @Test
    void aRegimeSelectionFiltersEntriesAndTheTradeRecordsTheRegime() {
        BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14, 15);
        var classifier = (dev.backtester.api.regime.RegimeClassifier) w ->
                w.bar() < 3 ? new Regime("bear", 0.9) : new Regime("bull", 0.85);
        Strategy strategy = StrategyBuilder.named("regime")
                .signals(w -> w.isFlat() ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(1))
                .regime(new RegimeSelection(classifier, Set.of("bull")), 0.8)
                .build();
        RunResult r = Backtest.of(strategy).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(4, t.entryBar());
        assertEquals("bull", t.regimeAtEntry());
        assertEquals(0.85, t.regimeConfidence(), EPS);
        assertEquals(3, r.journal().ofKind(Kind.REGIME).stream().filter(d -> d.detail().startsWith("bear")).count());
    }

    @Test
    void theJournalExplainsEachTradeFromSignalToExit() {
        BarSeries bars = RandomBars.series("X", 7, 300);
        StrategyBuilder b = StrategyBuilder.named("journal");
        Series fast = b.indicator(Indicators.sma(5));
        Series slow = b.indicator(Indicators.sma(20));
        Strategy strategy = b.entryLong(w -> w.crossedAbove(fast, slow)).exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(Sizers.percentOfEquity(0.5)).risk(new CloseTrailing(0.05)).build();
        RunResult r = Backtest.of(strategy).run(bars);
        assertTrue(r.trades().size() > 3);
        for (Trade t : r.trades()) {
            List<Kind> kinds = r.journal().explain(t.id()).stream().map(Decision::kind).toList();
            assertEquals(Kind.SIGNAL, kinds.get(0), kinds::toString);
            assertTrue(kinds.contains(Kind.SIZING), kinds::toString);
            assertTrue(kinds.contains(Kind.RISK_APPROVED), kinds::toString);
            assertTrue(kinds.contains(Kind.ORDER), kinds::toString);
            assertTrue(kinds.contains(Kind.STOP_SET), kinds::toString);
            assertEquals(!t.open(), kinds.contains(Kind.EXIT), kinds::toString);
        }
        assertNotNull(r.journal().describe(r.trades().get(0).id()));
        RunResult off = Backtest.of(strategy).journal(false).run(bars);
        assertSame(DecisionJournal.OFF, off.journal());
        assertEquals(r.trades(), off.trades(), "the journal records, it never changes what happens");
        assertEquals(r.equity(), off.equity());
    }

}
