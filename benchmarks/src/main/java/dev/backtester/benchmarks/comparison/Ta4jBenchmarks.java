package dev.backtester.benchmarks.comparison;

import dev.backtester.api.Strategy;
import dev.backtester.api.data.BarSeries;
import dev.backtester.benchmarks.engine.BundledData;
import dev.backtester.benchmarks.engine.SyntheticBars;
import dev.backtester.core.engine.Backtest;
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
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;

/**
 * This library against ta4j 0.17 (the last release for Java 17) on the same strategy with identical
 * trades ({@link Ta4jSmaCross}), in bars per second (one operation = one bar). Each operation is a
 * whole run from loaded bars: indicators, the bar loop, and the results (this library's run result
 * with its trades, equity curve and all metrics; ta4j's trading record and four criteria). ta4j runs
 * on {@code DoubleNum}, its fastest number type, and on {@code DecimalNum}, its default, on the daily
 * file. Same JVM set-up as the engine benchmarks.
 */
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class Ta4jBenchmarks {
    private static final Strategy OURS = Ta4jSmaCross.ours();

    /** The bundled ORCL daily file, 5036 bars, for both libraries. */
    @State(Scope.Benchmark)
    public static class Daily {
        BarSeries bars;
        org.ta4j.core.BarSeries doubles;
        org.ta4j.core.BarSeries decimals;

        @Setup
        public void setUp() {
            bars = BundledData.orcl();
            doubles = Ta4jSmaCross.toTa4j(bars, DoubleNum::valueOf);
            decimals = Ta4jSmaCross.toTa4j(bars, DecimalNum::valueOf);
        }
    }

    /** A synthetic 1,000,000-bar walk (the engine benchmarks' series), for both libraries. */
    @State(Scope.Benchmark)
    public static class Million {
        BarSeries bars;
        org.ta4j.core.BarSeries doubles;

        @Setup
        public void setUp() {
            bars = SyntheticBars.randomWalk("SYN", 1_000_000, 42);
            doubles = Ta4jSmaCross.toTa4j(bars, DoubleNum::valueOf);
        }
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyOurs(Daily data) {
        return runOurs(data.bars);
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyTa4jDoubleNum(Daily data) {
        return Ta4jSmaCross.runTa4j(data.doubles).grossReturn();
    }

    @Benchmark
    @OperationsPerInvocation(5036)
    public double dailyTa4jDecimalNum(Daily data) {
        return Ta4jSmaCross.runTa4j(data.decimals).grossReturn();
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionOurs(Million data) {
        return runOurs(data.bars);
    }

    /** A whole run from bars, as a user runs it. */
    private static double runOurs(BarSeries bars) {
        return Backtest.of(OURS).initialCapital(100_000).journal(false).run(bars).metrics().totalReturn();
    }

    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public double millionTa4jDoubleNum(Million data) {
        return Ta4jSmaCross.runTa4j(data.doubles).grossReturn();
    }
}
