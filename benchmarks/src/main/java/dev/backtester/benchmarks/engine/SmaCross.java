package dev.backtester.benchmarks.engine;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;

/**
 * The benchmarked strategy: SMA(10)/SMA(30) cross, long only, 95% of equity, commission of
 * $0.005 a share with a $1 minimum (a US broker's fixed rate).
 */
public final class SmaCross {
    /** Period of the fast average. */
    public static final int FAST = 10;
    /** Period of the slow average. */
    public static final int SLOW = 30;
    static final double SIZE = 0.95;
    static final double PER_SHARE = 0.005;
    static final double MINIMUM = 1.0;

    private SmaCross() {
    }

    static Strategy strategy() {
        return signals("sma-cross")
                .sizing(Sizers.percentOfEquity(SIZE))
                .commission(Commissions.perShare(PER_SHARE, MINIMUM))
                .build();
    }

    /** A builder with the SMA(10)/SMA(30) cross signals, long only; sizing and costs are the caller's. */
    public static StrategyBuilder signals(String name) {
        StrategyBuilder b = StrategyBuilder.named(name);
        Series fast = b.indicator(Indicators.sma(FAST));
        Series slow = b.indicator(Indicators.sma(SLOW));
        return b.entryLong(w -> w.crossedAbove(fast, slow))
                .exitLong(w -> w.crossedBelow(fast, slow));
    }

    /**
     * The same signals with realistic execution: fills limited to 10% of each bar's volume (the rest
     * carried to later bars), half of a 2 bp spread plus square-root market impact (k = 0.5 over 20
     * bars), and Interactive Brokers' tiered commission, which counts the month's shares.
     */
    static Strategy realistic() {
        return signals("sma-cross-realistic")
                .sizing(Sizers.percentOfEquity(SIZE))
                .volumeLimit(0.1)
                .slippage(Slippages.sum(Slippages.halfSpread(2), Slippages.squareRootImpact(0.5, 20)))
                .commission(Commissions.ibkrTiered())
                .build();
    }
}
