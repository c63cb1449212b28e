package dev.backtester.timescale;

import dev.backtester.api.Signal;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.Slippages;
import dev.backtester.core.sizing.Sizers;

/** Strategies the integration tests run. */
public final class TestStrategies {
    private TestStrategies() {
    }

    /** Long while the close is above the close {@code lookback} bars ago, flat otherwise; with costs. */
    public static Strategy momentum(String name, int lookback) {
        return StrategyBuilder.named(name)
                .signals(w -> {
                    if (w.bar() < lookback) {
                        return Signal.NONE;
                    }
                    return w.close() > w.close(lookback) ? Signal.LONG : Signal.FLAT;
                })
                .sizing(Sizers.percentOfEquity(0.3))
                .commission(Commissions.percentOfValue(0.001))
                .slippage(Slippages.fixedBps(5))
                .build();
    }

    /**
     * Pseudo-random long, short, flat and hold signals from a hash of the bar index: shorts,
     * reversals, fractional shares and positions still open at the end.
     */
    public static Strategy randomTrader(String name, long seed) {
        return StrategyBuilder.named(name)
                .signals(w -> {
                    long h = (w.bar() * 0x9E3779B97F4A7C15L) ^ seed;
                    h ^= h >>> 29;
                    return Signal.values()[(int) Math.floorMod(h * 0xBF58476D1CE4E5B9L >>> 33, 4L)];
                })
                .sizing(Sizers.percentOfEquity(0.4))
                .commission(Commissions.percentOfValue(0.0007))
                .slippage(Slippages.fixedBps(3))
                .fractionalShares(true)
                .build();
    }
}
