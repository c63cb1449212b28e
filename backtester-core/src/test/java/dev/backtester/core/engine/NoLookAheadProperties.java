package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Replacing every bar after t with different data must not change anything decided or recorded
 * up to t: signals, the values signal logic read, equity and cash, and trades entered by t.
 */
class NoLookAheadProperties {

    @Property(tries = 200)
    void decisionsAndEquityUpToTIgnoreLaterBars(@ForAll long seed, @ForAll @IntRange(min = 20, max = 150) int n,
                                                @ForAll @IntRange(min = 0, max = 1000) int cutSeed,
                                                @ForAll @IntRange(min = 0, max = 12) int lagA,
                                                @ForAll @IntRange(min = 0, max = 12) int lagB,
                                                @ForAll @IntRange(min = 2, max = 15) int period,
                                                @ForAll boolean sameBarFills) {
        BarSeries original = RandomBars.series("R", seed, n);
        int t = cutSeed % (n - 1);
        BarSeries changed = RandomBars.withDifferentFuture(original, t, seed + 1);

        List<String> seenA = new ArrayList<>();
        List<String> seenB = new ArrayList<>();
        RunResult a = Backtest.of(strategy(period, lagA, lagB, sameBarFills, seenA)).run(original);
        RunResult b = Backtest.of(strategy(period, lagA, lagB, sameBarFills, seenB)).run(changed);

        assertEquals(upTo(seenA, t), upTo(seenB, t), "what signal logic read and decided up to bar " + t);
        for (int k = 0; k <= t; k++) {
            assertEquals(a.equity().equity(k), b.equity().equity(k), "equity at bar " + k);
            assertEquals(a.equity().cash(k), b.equity().cash(k), "cash at bar " + k);
        }
        assertEquals(entriesUpTo(a, t), entriesUpTo(b, t), "trades entered by bar " + t);
    }

    /** The same with every order type, brackets, volume limits, impact and tiered commission. */
    @Property(tries = 120)
    void ordersAndCostsUpToTIgnoreLaterBars(@ForAll long seed, @ForAll @IntRange(min = 20, max = 120) int n,
                                            @ForAll @IntRange(min = 0, max = 1000) int cutSeed,
                                            @ForAll @IntRange(min = 0, max = 20) int volumePercent) {
        BarSeries original = RandomBars.series("R", seed, n);
        int t = cutSeed % (n - 1);
        BarSeries changed = RandomBars.withDifferentFuture(original, t, seed + 1);
        Strategy strategy = ExecutionProperties.randomTrader(seed, volumePercent / 100.0, false);
        RunResult a = Backtest.of(strategy).run(original);
        RunResult b = Backtest.of(strategy).run(changed);
        for (int k = 0; k <= t; k++) {
            assertEquals(a.equity().equity(k), b.equity().equity(k), "equity at bar " + k);
            assertEquals(a.equity().cash(k), b.equity().cash(k), "cash at bar " + k);
        }
        assertEquals(eventsUpTo(a, t), eventsUpTo(b, t), "order events up to bar " + t);
    }

    private static List<String> eventsUpTo(RunResult r, int t) {
        List<String> out = new ArrayList<>();
        for (var e : r.orders()) {
            // the end-of-data cancels happen at the last bar whatever the data, so any bar up to t is comparable
            if (e.bar() <= t) {
                out.add(e.toString());
            }
        }
        return out;
    }

    private static Strategy strategy(int period, int lagA, int lagB, boolean sameBarFills, List<String> seen) {
        StrategyBuilder b = StrategyBuilder.named("peeker");
        Series sma = b.indicator(new TestBars.TestSma(period));
        b.signals(w -> {
            double x = w.close(lagA);
            double y = w.value(sma, lagB);
            double z = w.high(lagB) - w.low(lagA);
            Signal s = x > y && z > 0 ? Signal.LONG : x < y ? Signal.SHORT : Signal.NONE;
            seen.add(w.bar() + ":" + x + ":" + y + ":" + z + ":" + w.position() + ":" + w.equity() + ":" + s);
            return s;
        }).sizing(Sizers.percentOfEquity(0.5)).commission(Commissions.percentOfValue(0.001));
        if (sameBarFills) {
            b.fills(dev.backtester.core.execution.FillModels.signalBarClose());
        }
        return b.build();
    }

    private static List<String> upTo(List<String> seen, int t) {
        List<String> out = new ArrayList<>();
        for (String line : seen) {
            if (Integer.parseInt(line.substring(0, line.indexOf(':'))) <= t) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<String> entriesUpTo(RunResult r, int t) {
        List<String> out = new ArrayList<>();
        for (Trade trade : r.trades()) {
            if (trade.entryBar() <= t) {
                String exit = trade.exitBar() <= t && !trade.open() ? trade.exitBar() + "@" + trade.exitPrice() : "later";
                out.add(trade.entryBar() + "@" + trade.entryPrice() + "x" + trade.shares() + " exit " + exit);
            }
        }
        return out;
    }
}
