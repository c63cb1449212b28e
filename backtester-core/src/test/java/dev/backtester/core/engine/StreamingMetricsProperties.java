package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.analytics.MetricsCalculator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Streaming == batch: the metrics the engine accumulates while it records the equity points are
 * exactly those computed afterwards from the finished curve and trades.
 */
class StreamingMetricsProperties {

    @Property(tries = 100)
    void engineMetricsEqualMetricsOfTheFinishedCurve(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n,
                                                    @ForAll @IntRange(min = 0, max = 10) int riskFreePercent,
                                                    @ForAll boolean twoSymbols) {
        List<BarSeries> bars = twoSymbols
                ? List.of(RandomBars.series("A", seed, n), RandomBars.series("B", seed + 1, n / 2 + 1, TestBars.START,
                TestBars.DAY * 2))
                : List.of(RandomBars.series("A", seed, n));
        double riskFree = riskFreePercent / 100.0;
        RunResult r = Backtest.of(AccountingProperties.randomTrader(seed, false, 0.001, 2)).initialCapital(25_000)
                .riskFreeRate(riskFree).run(bars);

        Metrics streamed = r.metrics();
        Metrics batch = MetricsCalculator.compute(r.equity(), r.trades(), 25_000, riskFree, streamed.exposure());
        assertEquals(batch, streamed);
    }
}
