package dev.backtester.examples;

import static dev.backtester.core.indicators.Indicators.bollinger;
import static dev.backtester.core.indicators.Indicators.rsi;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.indicators.BollingerBands;
import dev.backtester.core.sizing.Sizers;
import java.time.ZoneId;

/**
 * Mean reversion: buy a close below the lower Bollinger band while RSI(14) is oversold, sell a
 * close above the upper band (the original design's {@code bb_mean_reversion}).
 */
public final class BollingerMeanReversionExample {
    private BollingerMeanReversionExample() {
    }

    /** The strategy: BB(20, 2), RSI(14) below 30 to enter, 95% of equity, 10 bp commission, 5 bp slippage. */
    public static Strategy strategy() {
        StrategyBuilder b = StrategyBuilder.named("bb-mean-reversion");
        BollingerBands bands = b.indicator(bollinger(20, 2.0));
        Series rsi = b.indicator(rsi(14));
        return b.entryLong(w -> w.close() < w.value(bands.lower()) && w.value(rsi) < 30)
                .exitLong(w -> w.close() > w.value(bands.upper()))
                .sizing(Sizers.percentOfEquity(0.95))
                .commission(Commissions.percentOfValue(0.001))
                .slippage(Slippages.fixedBps(5))
                .build();
    }

    /** Runs the strategy on the bundled ORCL daily bars. */
    public static RunResult run() {
        return Backtest.of(strategy()).initialCapital(100_000).run(BundledData.load("orcl"));
    }

    public static void main(String[] args) {
        new ReportPrinter(System.out, ZoneId.of("America/New_York")).print(run(), 5);
    }
}
