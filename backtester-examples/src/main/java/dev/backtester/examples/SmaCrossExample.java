package dev.backtester.examples;

import static dev.backtester.core.indicators.Indicators.sma;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.sizing.Sizers;
import java.time.ZoneId;

/** Trend following: long while the 10-day average is above the 30-day average. */
public final class SmaCrossExample {
    private SmaCrossExample() {
    }

    /** The strategy: SMA(10)/SMA(30) cross, 95% of equity per position, 10 bp commission. */
    public static Strategy strategy(int fastPeriod, int slowPeriod) {
        StrategyBuilder b = StrategyBuilder.named("sma-cross-" + fastPeriod + "-" + slowPeriod);
        Series fast = b.indicator(sma(fastPeriod));
        Series slow = b.indicator(sma(slowPeriod));
        return b.entryLong(w -> w.crossedAbove(fast, slow))
                .exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(Sizers.percentOfEquity(0.95))
                .commission(Commissions.percentOfValue(0.001))
                .build();
    }

    /** Runs the strategy on the bundled ORCL daily bars. */
    public static RunResult run() {
        return Backtest.of(strategy(10, 30)).initialCapital(100_000).run(BundledData.load("orcl"));
    }

    public static void main(String[] args) {
        new ReportPrinter(System.out, ZoneId.of("America/New_York")).print(run(), 5);
    }
}
