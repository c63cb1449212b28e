package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Direction;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.Bracket;
import dev.backtester.api.execution.Financing;
import dev.backtester.api.execution.IntrabarPriority;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.execution.OrderType;
import dev.backtester.api.execution.TimeInForce;
import dev.backtester.api.result.OrderEvent;
import dev.backtester.api.result.OrderEvent.Kind;
import dev.backtester.api.result.OrderEvent.Role;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.sizing.Sizers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the execution layer over random series and random order streams: every order type,
 * time in force, brackets, volume limits, impact, tiered commission, borrow fees and interest.
 */
class ExecutionProperties {
    private static final OrderType[] TYPES = OrderType.values();

    /** A pure function of (seed, bar, salt): random but repeatable. */
    static long hash(long seed, int bar, int salt) {
        long h = (bar * 0x9E3779B97F4A7C15L) ^ seed ^ (salt * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }

    static double unit(long seed, int bar, int salt) {
        return (hash(seed, bar, salt) >>> 11) * 0x1.0p-53;
    }

    static OrderSpec randomOrder(long seed, int bar, double close, Direction side) {
        OrderType type = TYPES[(int) Math.floorMod(hash(seed, bar, 1), (long) TYPES.length)];
        double offset = 0.03 * (unit(seed, bar, 2) - 0.3);
        double limit = close * (1 - side.sign() * offset);
        double stop = close * (1 + side.sign() * offset);
        OrderSpec spec = switch (type) {
            case MARKET -> OrderSpec.market();
            case LIMIT -> OrderSpec.limit(limit);
            case STOP -> OrderSpec.stop(stop);
            case STOP_LIMIT -> OrderSpec.stopLimit(stop, stop * (1 + side.sign() * 0.01));
            case MARKET_ON_OPEN -> OrderSpec.marketOnOpen();
            case MARKET_ON_CLOSE -> OrderSpec.marketOnClose();
        };
        int tif = (int) Math.floorMod(hash(seed, bar, 3), 3L);
        spec = spec.with(tif == 0 ? TimeInForce.day() : tif == 1 ? TimeInForce.bars(3) : TimeInForce.goodTillCancelled());
        if (unit(seed, bar, 4) < 0.5) {
            Bracket b = Bracket.percent(side, close, 0.02 * unit(seed, bar, 5), 0.03 * unit(seed, bar, 6));
            spec = spec.with(unit(seed, bar, 7) < 0.3 ? b.withMaxBars(1 + bar % 5) : b);
        }
        return spec;
    }

    static Strategy randomTrader(long seed, double volumeLimit, boolean fractional) {
        StrategyBuilder b = StrategyBuilder.named("random-orders-" + seed)
                .signals(w -> {
                    double u = unit(seed, w.bar(), 0);
                    return u < 0.08 ? Signal.LONG : u < 0.16 ? Signal.SHORT : u < 0.22 ? Signal.FLAT : Signal.NONE;
                })
                .entryOrders((w, side) -> randomOrder(seed, w.bar(), w.close(), side))
                .intrabar(IntrabarPriority.values()[(int) Math.floorMod(seed, 3L)])
                .sizing(Sizers.percentOfEquity(0.3 + 0.6 * unit(seed, 0, 8)))
                .commission(Commissions.ibkrTiered(0.0002))
                .slippage(Slippages.sum(Slippages.halfSpread(5), Slippages.squareRootImpact(0.5, 10)))
                .fractionalShares(fractional);
        if (volumeLimit > 0) {
            b.volumeLimit(volumeLimit);
        }
        return b.build();
    }

    static RunResult run(long seed, int n, int volumePercent, boolean fractional, int leverage) {
        BarSeries bars = RandomBars.series("R", seed, n);
        Financing financing = Financing.NONE.withBorrowFee(0.05 * unit(seed, 1, 9)).withCashInterest(0.04 * unit(seed, 2, 9));
        return Backtest.of(randomTrader(seed, volumePercent / 100.0, fractional)).initialCapital(100_000)
                .maxLeverage(leverage).financing(financing).run(bars);
    }

    @Property(tries = 150)
    void accountingAndFillRulesHold(@ForAll long seed, @ForAll @IntRange(min = 2, max = 150) int n,
                                    @ForAll @IntRange(min = 0, max = 30) int volumePercent,
                                    @ForAll boolean fractional, @ForAll @IntRange(min = 1, max = 3) int leverage) {
        BarSeries bars = RandomBars.series("R", seed, n);
        RunResult r = run(seed, n, volumePercent, fractional, leverage);

        // positions replayed from the fill events: equity = cash + position * close at every bar
        double[] traded = new double[n];
        double[] perBar = new double[n];
        Map<Long, OrderEvent> created = new HashMap<>();
        for (OrderEvent e : r.orders()) {
            if (e.kind() == Kind.CREATED) {
                created.put(e.orderId(), e);
            }
            if (!e.isFill()) {
                continue;
            }
            traded[e.bar()] += (e.side() == OrderEvent.Side.BUY ? 1 : -1) * e.shares();
            perBar[e.bar()] += e.shares();
            assertTrue(e.commission() >= 0 && e.slippage() >= 0 && e.impact() >= 0 && e.impact() <= e.slippage() + 1e-9,
                    "costs are never negative: " + e);
            OrderEvent order = created.get(e.orderId());
            boolean leg = e.role() == Role.STOP_LOSS || e.role() == Role.TAKE_PROFIT;
            if (order.type() == OrderType.MARKET_ON_CLOSE || leg) {
                assertTrue(e.bar() >= order.bar(), "fills never precede their order: " + e);
            } else {
                assertTrue(e.bar() > order.bar(), "a fill comes on a bar after its order was decided: " + e);
            }
        }
        double position = 0;
        for (int k = 0; k < n; k++) {
            position += traded[k];
            double expected = r.equity().cash(k) + position * bars.close(k);
            assertEquals(expected, r.equity().equity(k), 1e-9 * Math.abs(expected) + 1e-6, "bar " + k);
            if (volumePercent > 0) {
                double allowance = volumePercent / 100.0 * bars.volume(k);
                assertTrue(perBar[k] <= (fractional ? allowance : Math.floor(allowance)) + 1e-9,
                        "bar " + k + " traded " + perBar[k] + " of volume " + bars.volume(k));
            }
        }

        // shares are conserved: each trade's entry fills make its size, its exit fills take it back out
        double pnl = 0;
        double held = 0;
        for (Trade t : r.trades()) {
            double in = 0;
            double out = 0;
            for (OrderEvent e : r.orders()) {
                if (e.isFill() && e.tradeId() == t.id()) {
                    if (e.role() == Role.ENTRY) {
                        in += e.shares();
                    } else {
                        out += e.shares();
                    }
                }
            }
            assertEquals(t.shares(), in, 1e-9 * t.shares(), "entry fills of trade " + t.id());
            if (t.open()) {
                held += t.direction().sign() * (in - out);
            } else {
                assertEquals(t.shares(), out, 1e-9 * t.shares(), "exit fills of trade " + t.id());
            }
            assertTrue(t.commission() >= 0 && t.slippage() >= 0 && t.borrowCost() >= 0 && t.marketImpact() >= 0);
            assertTrue(t.maxFavorableExcursion() >= 0 && t.maxAdverseExcursion() >= 0);
            assertTrue(Double.isNaN(t.fillQualityScore()) || (t.fillQualityScore() >= 0 && t.fillQualityScore() <= 1));
            pnl += t.netPnl();
        }
        assertEquals(position, held, 1e-6, "shares held at the end are those of the open trades");
        double change = r.metrics().finalEquity() - 100_000;
        assertEquals(change, pnl + r.cashFlows().interest(), 1e-7 * 100_000, "trades' net PnL plus interest = equity change");
    }

    /** Two symbols on one account: equity = cash + both positions at their closes, leverage within limits. */
    @Property(tries = 60)
    void aSharedAccountStaysConsistent(@ForAll long seed, @ForAll @IntRange(min = 2, max = 100) int n,
                                       @ForAll @IntRange(min = 0, max = 30) int volumePercent,
                                       @ForAll @IntRange(min = 1, max = 3) int leverage) {
        BarSeries a = RandomBars.series("A", seed, n);
        BarSeries b = RandomBars.series("B", seed + 7, n);
        RunResult r = Backtest.of(randomTrader(seed, volumePercent / 100.0, false)).initialCapital(100_000)
                .maxLeverage(leverage).financing(Financing.NONE.withBorrowFee(0.02).withCashInterest(0.01)).run(a, b);
        double[][] traded = new double[2][n];
        for (OrderEvent e : r.orders()) {
            if (e.isFill()) {
                traded[e.symbol().equals("A") ? 0 : 1][e.bar()] += (e.side() == OrderEvent.Side.BUY ? 1 : -1) * e.shares();
            }
        }
        double pa = 0;
        double pb = 0;
        for (int k = 0; k < n; k++) {
            pa += traded[0][k];
            pb += traded[1][k];
            double expected = r.equity().cash(k) + pa * a.close(k) + pb * b.close(k);
            assertEquals(expected, r.equity().equity(k), 1e-9 * Math.abs(expected) + 1e-6, "point " + k);
        }
        double pnl = 0;
        for (Trade t : r.trades()) {
            pnl += t.netPnl();
        }
        assertEquals(r.metrics().finalEquity() - 100_000, pnl + r.cashFlows().interest(), 1e-7 * 100_000);
    }

    @Property(tries = 40)
    void sameInputsGiveBitIdenticalRuns(@ForAll long seed, @ForAll @IntRange(min = 2, max = 150) int n,
                                        @ForAll @IntRange(min = 0, max = 30) int volumePercent) {
        RunResult first = run(seed, n, volumePercent, false, 2);
        RunResult second = run(seed, n, volumePercent, false, 2);
        assertEquals(RunFingerprint.of(first), RunFingerprint.of(second));
        assertEquals(first.orders(), second.orders());
        assertEquals(first.cashFlows(), second.cashFlows());
    }

    /** Expected order events exist for every order: a created order always ends filled, cancelled, expired or rejected. */
    @Property(tries = 60)
    void everyOrderEnds(@ForAll long seed, @ForAll @IntRange(min = 2, max = 120) int n,
                        @ForAll @IntRange(min = 0, max = 30) int volumePercent) {
        RunResult r = run(seed, n, volumePercent, false, 1);
        Map<Long, Kind> last = new HashMap<>();
        for (OrderEvent e : r.orders()) {
            last.put(e.orderId(), e.kind());
        }
        List<Kind> ends = List.of(Kind.FILLED, Kind.CANCELLED, Kind.EXPIRED, Kind.REJECTED);
        for (Map.Entry<Long, Kind> e : last.entrySet()) {
            assertTrue(ends.contains(e.getValue()), "order " + e.getKey() + " ended " + e.getValue());
        }
    }
}
