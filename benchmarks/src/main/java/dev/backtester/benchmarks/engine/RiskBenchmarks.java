package dev.backtester.benchmarks.engine;

import static dev.backtester.core.regime.Regimes.allow;
import static dev.backtester.core.risk.RiskRules.maxGrossExposure;
import static dev.backtester.core.risk.RiskRules.trailingStop;
import static dev.backtester.core.sizing.Sizers.kelly;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.engine.PreparedRun;
import dev.backtester.core.execution.Commissions;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.sizing.Sizers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of composable risk management (issue 5): SMA(10)/SMA(30) signals with Kelly sizing
 * (risk-free rate 5%), a 2% trailing stop, a gross exposure limit of 100% and a bull/neutral regime
 * filter at confidence 0.8, against the same signals with plain sizing, on the synthetic 1,000,000
 * synthetic minute bars (a walk pulled strongly to its mean, on which the signals have an edge, so Kelly
 * keeps trading), journal off and on. One operation is one bar: scores are bars/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RiskBenchmarks.BARS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class RiskBenchmarks {
    static final int BARS = 1_000_000;

    /**
     * The risk-managed strategy. Its signals are the SMA cross turned around (long when the fast average
     * drops below the slow one, out when it rises above), which has an edge on the mean-reverting
     * synthetic series: Kelly sizing then keeps trading instead of sizing a losing system to zero.
     */
    static Strategy riskManaged() {
        return signals(StrategyBuilder.named("sma-reversion-risk-managed"))
                .sizing(kelly(0.05))
                .risk(trailingStop(0.02), maxGrossExposure(1.0))
                .regime(allow("bull", "neutral"), 0.8)
                .commission(Commissions.perShare(SmaCross.PER_SHARE, SmaCross.MINIMUM))
                .build();
    }

    /** The same signals with 95% of equity per entry and nothing else: the baseline. */
    static Strategy plain() {
        return signals(StrategyBuilder.named("sma-reversion"))
                .sizing(Sizers.percentOfEquity(SmaCross.SIZE))
                .commission(Commissions.perShare(SmaCross.PER_SHARE, SmaCross.MINIMUM))
                .build();
    }

    private static StrategyBuilder signals(StrategyBuilder b) {
        Series fast = b.indicator(Indicators.sma(SmaCross.FAST));
        Series slow = b.indicator(Indicators.sma(SmaCross.SLOW));
        return b.entryLong(w -> w.crossedBelow(fast, slow)).exitLong(w -> w.crossedAbove(fast, slow));
    }

    /** The benchmark's bars: the engine benchmark's walk with a stronger pull to its mean (5% a bar). */
    static BarSeries series(int bars) {
        return SyntheticBars.walk("SYN", bars, 42, 0.05);
    }

    /** Prepared runs over one shared series. */
    @State(Scope.Benchmark)
    public static class Runs {
        PreparedRun plain;
        PreparedRun risk;
        PreparedRun riskJournal;

        @Setup
        public void setUp() {
            BarSeries bars = series(BARS);
            plain = Backtest.of(plain()).initialCapital(100_000).journal(false).prepare(List.of(bars));
            risk = Backtest.of(riskManaged()).initialCapital(100_000).journal(false).prepare(List.of(bars));
            riskJournal = Backtest.of(riskManaged()).initialCapital(100_000).journal(true).prepare(List.of(bars));
        }
    }

    @Benchmark
    public double plainCross(Runs runs) {
        return runs.plain.run().metrics().finalEquity();
    }

    @Benchmark
    public double riskManagedJournalOff(Runs runs) {
        return runs.risk.run().metrics().finalEquity();
    }

    @Benchmark
    public double riskManagedJournalOn(Runs runs) {
        return runs.riskJournal.run().metrics().finalEquity();
    }
}
