package dev.backtester.benchmarks.engine;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.engine.Backtest;
import dev.backtester.core.engine.PreparedRun;
import dev.backtester.core.engine.Recording;
import dev.backtester.indicators.trend.Sma;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Engine throughput against the hand-written loop, in bars per second (one operation = one bar).
 * Indicators are computed beforehand in both, so the figures compare the trading loops alone. The
 * hand-written loop runs twice: bare (equity and cash per bar), and with the outputs an engine run
 * also has (trade list, curve and trade statistics: {@link HandWrittenResults}). Both
 * run in the same JVM: the throughput collector (a backtest is a batch job) and a fixed, pre-touched
 * heap, so that neither pays for heap growth or first-touch page faults inside a measurement.
 */
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmarks {

    /** Shared setup: the series, the prepared engine run, and the arrays the hand-written loop reads. */
    abstract static class Data {
        BarSeries series;
        long[] times;
        PreparedRun prepared;
        /** The same run recording a summary (no order events, no per-trade attribution), as sweeps run it. */
        PreparedRun summary;
        double[] open;
        double[] close;
        double[] fast;
        double[] slow;

        void prepare(BarSeries bars) {
            series = bars;
            Backtest backtest = Backtest.of(SmaCross.strategy()).initialCapital(100_000).journal(false);
            prepared = backtest.prepare(List.of(bars));
            summary = backtest.recording(Recording.SUMMARY).prepare(List.of(bars));
            times = bars.times();
            open = bars.column(PriceField.OPEN);
            close = bars.column(PriceField.CLOSE);
            fast = new double[close.length];
            slow = new double[close.length];
            Sma.compute(close, SmaCross.FAST, fast);
            Sma.compute(close, SmaCross.SLOW, slow);
        }

        double handWritten(Blackhole bh) {
            double[] equity = new double[close.length];
            double[] cash = new double[close.length];
            bh.consume(HandWrittenLoop.run(open, close, fast, slow, 100_000, equity, cash));
            bh.consume(cash);
            return equity[equity.length - 1];
        }

        /** The reference with the outputs of an engine run: its trade list and the curve's and trades' statistics. */
        double handWrittenWithResults(Blackhole bh) {
            double[] equity = new double[close.length];
            double[] cash = new double[close.length];
            HandWrittenResults results = HandWrittenResults.run(times, open, close, fast, slow, 100_000, equity, cash);
            bh.consume(results);
            bh.consume(cash);
            return equity[equity.length - 1];
        }

        double engine() {
            RunResult result = prepared.run();
            return result.metrics().finalEquity();
        }

        double engineSummary() {
            return summary.run().metrics().finalEquity();
        }
    }

    /** The bundled ORCL daily file, 5036 bars. */
    @State(Scope.Benchmark)
    public static class Daily extends Data {
        @Setup
        public void setUp() {
            prepare(BundledData.orcl());
        }
    }

    /** A synthetic 1,000,000-bar random walk. */
    @State(Scope.Benchmark)
    public static class Million extends Data {
        @Setup
        public void setUp() {
            prepare(SyntheticBars.randomWalk("SYN", 1_000_000, 42));
        }
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyEngine(Daily data) {
        return data.engine();
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyEngineSummary(Daily data) {
        return data.engineSummary();
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyHandWritten(Daily data, Blackhole bh) {
        return data.handWritten(bh);
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyHandWrittenWithResults(Daily data, Blackhole bh) {
        return data.handWrittenWithResults(bh);
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionEngine(Million data) {
        return data.engine();
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionEngineSummary(Million data) {
        return data.engineSummary();
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionHandWritten(Million data, Blackhole bh) {
        return data.handWritten(bh);
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionHandWrittenWithResults(Million data, Blackhole bh) {
        return data.handWrittenWithResults(bh);
    }

    /** The 1,000,000-bar walk with realistic execution (volume-limited fills, impact, tiered commission). */
    @State(Scope.Benchmark)
    public static class RealisticMillion {
        PreparedRun prepared;

        @Setup
        public void setUp() {
            prepared = Backtest.of(SmaCross.realistic()).initialCapital(100_000).journal(false)
                    .prepare(List.of(SyntheticBars.randomWalk("SYN", 1_000_000, 42)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionRealisticExecution(RealisticMillion data) {
        return data.prepared.run().metrics().finalEquity();
    }

    /** The whole single-symbol run of the daily file, indicators included: microseconds per run. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double dailyFullRunWithIndicators(Daily data) {
        return Backtest.of(SmaCross.strategy()).initialCapital(100_000).journal(false).run(data.series).metrics().finalEquity();
    }
}
