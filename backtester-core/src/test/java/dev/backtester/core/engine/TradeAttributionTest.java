package dev.backtester.core.engine;

import static dev.backtester.core.engine.TestBars.bar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.result.ExitReason;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.result.Trade;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.sizing.Sizers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trades_v2 attribution fields, checked by hand on small series. */
class TradeAttributionTest {
    private static final double EPS = 1e-9;

    @Test
    void entryContextExcursionsAndFillQuality() {
        // bar 0 decides; bar 1 fills at its open 10 (range 9..11); held through bars 2 and 3; exit at bar 4's open
        BarSeries bars = TestBars.ohlc("X", 5000, bar(10, 10.5, 9.5, 10), bar(10, 11, 9, 10.5), bar(10.5, 13, 10, 12),
                bar(12, 12.5, 8, 9), bar(9.5, 10, 9, 9.5));
        StrategyBuilder b = StrategyBuilder.named("attribution");
        Series sma = b.indicator(new TestBars.TestSma(1));
        var strategy = b.entryLong(w -> w.bar() == 0)
                .exitLong(w -> w.bar() == 3)
                .sizing(Sizers.fixedShares(100))
                .warmup(0)
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(10_000).run(bars);
        Trade t = r.trades().get(0);

        assertEquals("entry_long", t.entrySignal().rule());
        assertEquals(10, t.entrySignal().value("close"), EPS);
        assertEquals(10, t.entrySignal().value(sma.name()), EPS);
        assertEquals(ExitReason.SIGNAL, t.exitReason());
        assertEquals(3, t.holdDays());
        assertEquals(3, t.holdingBars());
        // from the entry at 10: best high 13 (+3 a share), worst low 8 (-2 a share), on 100 shares
        assertEquals(300, t.maxFavorableExcursion(), EPS);
        assertEquals(200, t.maxAdverseExcursion(), EPS);
        assertEquals(5000, t.volumeAtEntry(), EPS);
        assertEquals(1000.0 / 10_000, t.positionSizePct(), EPS);
        assertEquals(1000.0 / 10_000, t.portfolioHeat(), EPS);
        assertEquals(0, t.drawdownAtEntry(), EPS);
        // buy at 10 in 9..11 scores 0.5; sell at 9.5 in 9..10 scores 0.5
        assertEquals(0.5, t.fillQualityScore(), EPS);
        assertTrue(Double.isNaN(t.volatilityAtEntry()), "fewer than 20 returns before the decision");
        assertEquals("", t.regimeAtEntry());
        assertTrue(Double.isNaN(t.regimeConfidence()));
        assertEquals(0, t.marketImpact(), EPS);
    }

    @Test
    void regimeVolatilityDrawdownAndImpactAtEntry() {
        BarSeries bars = RandomBars.series("R", 11, 80);
        RegimeFilter bull = new RegimeFilter(w -> new Regime("bull", 0.8), Set.of("bull"), 0.5);
        var strategy = StrategyBuilder.named("regime")
                .signals(w -> w.bar() == 40 ? Signal.LONG : w.bar() == 30 ? Signal.SHORT : w.bar() == 35 ? Signal.FLAT
                        : Signal.NONE)
                .regime(bull)
                .sizing(Sizers.percentOfEquity(0.5))
                .slippage(Slippages.squareRootImpact(1.0, 20))
                .build();
        RunResult r = Backtest.of(strategy).initialCapital(10_000).run(bars);
        Trade t = r.trades().get(1);
        assertEquals("bull", t.regimeAtEntry());
        assertEquals(0.8, t.regimeConfidence(), EPS);
        // sample standard deviation of the 20 close-to-close returns ending at the decision bar 40
        double[] close = bars.column(dev.backtester.api.data.PriceField.CLOSE);
        double mean = 0;
        for (int k = 21; k <= 40; k++) {
            mean += (close[k] / close[k - 1] - 1) / 20;
        }
        double squares = 0;
        for (int k = 21; k <= 40; k++) {
            double d = close[k] / close[k - 1] - 1 - mean;
            squares += d * d;
        }
        double expectedVolatility = Math.sqrt(squares / 19);
        assertEquals(expectedVolatility, t.volatilityAtEntry(), EPS);
        assertTrue(t.volatilityAtEntry() > 0);
        assertTrue(t.marketImpact() > 0 && t.marketImpact() <= t.slippage() + EPS);
        // the drawdown at entry is the equity curve's at the bar before the entry fill
        double peak = 0;
        for (int k = 0; k <= 40; k++) {
            peak = Math.max(peak, r.equity().equity(k));
        }
        assertEquals(1 - r.equity().equity(40) / peak, t.drawdownAtEntry(), EPS);
    }

    @Test
    void impactReadsTheDecisionBarNeverTheFillBar() {
        BarSeries bars = RandomBars.series("R", 5, 60);
        double[] volume = bars.column(dev.backtester.api.data.PriceField.VOLUME);
        double[] close = bars.column(dev.backtester.api.data.PriceField.CLOSE);
        volume[41] = 1;
        close[41] = bars.high(41);
        BarSeries changedFillBar = new BarSeries("R", bars.times(), bars.column(dev.backtester.api.data.PriceField.OPEN),
                bars.column(dev.backtester.api.data.PriceField.HIGH), bars.column(dev.backtester.api.data.PriceField.LOW),
                close, volume);
        var strategy = StrategyBuilder.named("impact")
                .signals(w -> w.bar() == 40 ? Signal.LONG : Signal.NONE)
                .sizing(Sizers.fixedShares(500))
                .slippage(Slippages.squareRootImpact(1.0, 20))
                .build();
        Trade a = Backtest.of(strategy).run(bars).trades().get(0);
        Trade b = Backtest.of(strategy).run(changedFillBar).trades().get(0);
        assertEquals(41, a.entryBar());
        assertTrue(a.marketImpact() > 0);
        assertEquals(a.entryPrice(), b.entryPrice(), 0);
        assertEquals(a.marketImpact(), b.marketImpact(), 0);
    }
}
