package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.corporate.CorporateAction;
import dev.backtester.api.corporate.PriceBasis;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.execution.OrderSpec;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import dev.backtester.core.execution.CorporateActions;
import dev.backtester.core.sizing.Sizers;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits and cash dividends: explicit or derived from Yahoo's Adj Close, and adjusted signal prices. */
class CorporateActionsTest {
    private static final double EPS = 1e-9;

    private static BarSeries orcl() {
        try {
            Path file = Path.of(CorporateActionsTest.class.getResource("/data/orcl-1995-2014.txt").toURI());
            return new CsvBarReader(CsvFormat.yahoo()).read(file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(long time) {
        return Instant.ofEpochMilli(time).atZone(ZoneId.of("America/New_York")).toLocalDate();
    }

    @Test
    void orclDividendsAreDerivedFromAdjClose() {
        BarSeries bars = orcl();
        assertTrue(bars.hasAdjustedClose());
        assertEquals(1.883304, bars.adjustedClose(0), 0);
        List<CorporateAction> actions = CorporateActions.fromAdjustedClose(bars);
        // the Close column is split-adjusted already: no splits, only ORCL's quarterly dividends since 2009
        assertTrue(actions.stream().allMatch(a -> a.kind() == CorporateAction.Kind.CASH_DIVIDEND));
        assertEquals(22, actions.size());
        CorporateAction first = actions.get(0);
        assertEquals(LocalDate.of(2009, 4, 6), date(first.effectiveTime()));
        assertEquals(0.05, first.value(), EPS);
        assertEquals(0.06, actions.get(8).value(), EPS);
        assertEquals(LocalDate.of(2011, 4, 11), date(actions.get(8).effectiveTime()));
    }

    @Test
    void aSplitOfARawSeriesIsDerived() {
        // raw closes 100, 102, then a 2-for-1 split: 51; the adjusted close halves everything before it
        long[] t = {0, TestBars.DAY, 2 * TestBars.DAY};
        double[] c = {100, 102, 51};
        BarSeries bars = new BarSeries("S", t, c, c, c, c, new double[3], new double[] {50, 51, 51});
        List<CorporateAction> actions = CorporateActions.fromAdjustedClose(bars);
        assertEquals(1, actions.size());
        assertEquals(CorporateAction.Kind.SPLIT, actions.get(0).kind());
        assertEquals(2.0, actions.get(0).value(), EPS);
        assertEquals(2 * TestBars.DAY, actions.get(0).effectiveTime());
    }

    @Test
    void aSplitDoublesTheSharesAndHalvesThePricesWithoutChangingCashOrPnl() {
        BarSeries bars = TestBars.ohlc("X", 1000, TestBars.bar(20, 21, 19, 20), TestBars.bar(20, 21, 19, 20),
                TestBars.bar(10, 10.5, 9.5, 10), TestBars.bar(11, 11.5, 10.5, 11));
        var strategy = StrategyBuilder.named("split")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(10)).build();
        CorporateAction split = new CorporateAction("X", bars.time(2), CorporateAction.Kind.SPLIT, 2);
        RunResult r = Backtest.of(strategy).initialCapital(1000).corporateActions(List.of(split)).run(bars);
        Trade t = r.trades().get(0);
        assertEquals(20, t.shares(), EPS);
        assertEquals(10, t.entryPrice(), EPS);
        assertEquals(800, r.equity().cash(3), EPS);
        assertEquals(800 + 20 * 10, r.equity().equity(2), EPS);
        assertEquals((11 - 10) * 20, t.netPnl(), EPS);
        // excursions are measured in currency across the split: 1 a share on 10 shares before it (high 21),
        // 1.5 a share on 20 shares after it (high 11.5)
        assertEquals(30, t.maxFavorableExcursion(), EPS);
    }

    @Test
    void aWorkingLimitOrderIsSplitAdjusted() {
        BarSeries bars = TestBars.ohlc("X", 1000, TestBars.bar(20, 21, 19, 20), TestBars.bar(20, 21, 19.5, 20),
                TestBars.bar(10, 10.2, 9.6, 10), TestBars.bar(10, 10.2, 9.5, 10));
        var strategy = StrategyBuilder.named("split-limit")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .entryOrders((w, side) -> OrderSpec.limit(19.0))
                .sizing(Sizers.fixedShares(10)).build();
        CorporateAction split = new CorporateAction("X", bars.time(2), CorporateAction.Kind.SPLIT, 2);
        Trade t = Backtest.of(strategy).corporateActions(List.of(split)).run(bars).trades().get(0);
        // the limit of 19 becomes 9.5 for 20 shares: bar 2's low of 9.6 does not reach it, bar 3's does
        assertEquals(3, t.entryBar());
        assertEquals(9.5, t.entryPrice(), EPS);
        assertEquals(20, t.shares(), EPS);
    }

    @Test
    void cashDividendsArePaidToLongsAndChargedToShorts() {
        BarSeries bars = TestBars.closes("X", 10, 10, 10, 10);
        CorporateAction dividend = CorporateAction.cashDividend("X", date(bars.time(2)).atStartOfDay()
                .toLocalDate(), 0.5);
        for (Signal side : new Signal[] {Signal.LONG, Signal.SHORT}) {
            var strategy = StrategyBuilder.named("div").signals(w -> w.bar() == 0 ? side : Signal.NONE)
                    .sizing(Sizers.fixedShares(10)).build();
            RunResult r = Backtest.of(strategy).initialCapital(1000).corporateActions(List.of(dividend)).run(bars);
            Trade t = r.trades().get(0);
            double sign = side == Signal.LONG ? 1 : -1;
            assertEquals(5 * sign, t.dividends(), EPS);
            assertEquals(5 * sign, r.cashFlows().dividends(), EPS);
            assertEquals(t.grossPnl() + 5 * sign, t.netPnl(), EPS);
            assertEquals(1000 + t.netPnl(), r.metrics().finalEquity(), EPS);
        }
    }

    @Test
    void derivedDividendsAreCreditedInARun() {
        BarSeries bars = orcl();
        var strategy = StrategyBuilder.named("hold")
                .signals(w -> w.bar() == 0 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(1000)).build();
        RunResult r = Backtest.of(strategy).initialCapital(100_000).corporateActionsFromAdjustedClose(true).run(bars);
        double expected = 0;
        for (CorporateAction a : CorporateActions.fromAdjustedClose(bars)) {
            expected += 1000 * a.value();
        }
        assertEquals(expected, r.cashFlows().dividends(), 1e-6);
        assertEquals(expected, r.trades().get(0).dividends(), 1e-6);
    }

    @Test
    void signalsCanReadAdjustedPricesWhileOrdersTradeRawPrices() {
        BarSeries bars = orcl();
        List<Double> seen = new ArrayList<>();
        var strategy = StrategyBuilder.named("adjusted")
                .signals(w -> {
                    seen.add(w.close());
                    return w.bar() == 3700 ? Signal.LONG : Signal.NONE;
                })
                .sizing(Sizers.fixedShares(10)).build();
        RunResult r = Backtest.of(strategy).signalPrices(PriceBasis.ADJUSTED).run(bars);
        assertEquals(bars.adjustedClose(100), seen.get(100), EPS);
        Trade t = r.trades().get(0);
        assertEquals(bars.open(3701), t.entryPrice(), EPS);
        assertEquals(bars.adjustedClose(3700), t.entrySignal().value("close"), EPS);
    }
}
