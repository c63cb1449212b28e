package dev.backtester.benchmarks.engine;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;

/**
 * The benchmarked strategy: SMA(10)/SMA(30) cross, long only, 95% of equity, commission of
 * $0.005 a share with a $1 minimum (a US broker's fixed rate).
 */
final class SmaCross {
    static final int FAST = 10;
    static final int SLOW = 30;
    static final double SIZE = 0.95;
    static final double PER_SHARE = 0.005;
    static final double MINIMUM = 1.0;

    private SmaCross() {
    }

    static Strategy strategy() {
        StrategyBuilder b = StrategyBuilder.named("sma-cross");
        Series fast = b.indicator(Indicators.sma(FAST));
        Series slow = b.indicator(Indicators.sma(SLOW));
        return b.entryLong(w -> w.crossedAbove(fast, slow))
                .exitLong(w -> w.crossedBelow(fast, slow))
                .sizing(Sizers.percentOfEquity(SIZE))
                .commission(Commissions.perShare(PER_SHARE, MINIMUM))
                .build();
    }
}
