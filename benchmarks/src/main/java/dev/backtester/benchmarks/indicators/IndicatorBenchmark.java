package dev.backtester.benchmarks.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.momentum.Cci;
import dev.backtester.indicators.momentum.Cmo;
import dev.backtester.indicators.momentum.Momentum;
import dev.backtester.indicators.momentum.Roc;
import dev.backtester.indicators.momentum.Rsi;
import dev.backtester.indicators.momentum.StochRsi;
import dev.backtester.indicators.momentum.Stochastic;
import dev.backtester.indicators.momentum.StochasticFast;
import dev.backtester.indicators.momentum.Trix;
import dev.backtester.indicators.momentum.Tsi;
import dev.backtester.indicators.momentum.UltimateOscillator;
import dev.backtester.indicators.momentum.WilliamsR;
import dev.backtester.indicators.trend.Adx;
import dev.backtester.indicators.trend.Apo;
import dev.backtester.indicators.trend.Aroon;
import dev.backtester.indicators.trend.Dema;
import dev.backtester.indicators.trend.Ema;
import dev.backtester.indicators.trend.Hma;
import dev.backtester.indicators.trend.Ichimoku;
import dev.backtester.indicators.trend.Kama;
import dev.backtester.indicators.trend.LinearRegression;
import dev.backtester.indicators.trend.MaType;
import dev.backtester.indicators.trend.Macd;
import dev.backtester.indicators.trend.MinusDi;
import dev.backtester.indicators.trend.ParabolicSar;
import dev.backtester.indicators.trend.PlusDi;
import dev.backtester.indicators.trend.Ppo;
import dev.backtester.indicators.trend.Sma;
import dev.backtester.indicators.trend.SuperTrend;
import dev.backtester.indicators.trend.Tema;
import dev.backtester.indicators.trend.Trima;
import dev.backtester.indicators.trend.Vwma;
import dev.backtester.indicators.trend.Wma;
import dev.backtester.indicators.volatility.Atr;
import dev.backtester.indicators.volatility.BollingerBands;
import dev.backtester.indicators.volatility.Donchian;
import dev.backtester.indicators.volatility.HistoricalVolatility;
import dev.backtester.indicators.volatility.Keltner;
import dev.backtester.indicators.volatility.Natr;
import dev.backtester.indicators.volatility.StdDev;
import dev.backtester.indicators.volatility.TrueRange;
import dev.backtester.indicators.volume.AccumulationDistribution;
import dev.backtester.indicators.volume.ChaikinMoneyFlow;
import dev.backtester.indicators.volume.ChaikinOscillator;
import dev.backtester.indicators.volume.ForceIndex;
import dev.backtester.indicators.volume.Mfi;
import dev.backtester.indicators.volume.Obv;
import dev.backtester.indicators.volume.Vwap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the indicator kernels on 1,000,000 synthetic bars, next to TA-Lib's Java port on
 * the same arrays where TA-Lib has the indicator. One operation is one bar, so the score is values
 * (bars) per second. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar IndicatorBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndicatorBenchmark {

    /** Number of bars per operation batch. */
    static final int BARS = 1_000_000;

    /** Shared inputs and output buffers, allocated once. */
    abstract static class Data {
        Bars bars;
        double[] open;
        double[] high;
        double[] low;
        double[] close;
        double[] volume;
        final double[] out1 = new double[BARS];
        final double[] out2 = new double[BARS];
        final double[] out3 = new double[BARS];
        final double[] out4 = new double[BARS];
        final double[] out5 = new double[BARS];
        final MInteger begin = new MInteger();
        final MInteger count = new MInteger();
        final Core core = new Core();

        void generate() {
            Random random = new Random(20240101L);
            long[] time = new long[BARS];
            open = new double[BARS];
            high = new double[BARS];
            low = new double[BARS];
            close = new double[BARS];
            volume = new double[BARS];
            double price = 100;
            for (int i = 0; i < BARS; i++) {
                // five-minute bars
                time[i] = 1_700_000_000_000L + 300_000L * (i + 1);
                double o = price * Math.exp(0.001 * random.nextGaussian());
                double c = o * Math.exp(0.003 * random.nextGaussian());
                open[i] = o;
                close[i] = c;
                high[i] = Math.max(o, c) * (1 + 0.002 * Math.abs(random.nextGaussian()));
                low[i] = Math.min(o, c) * (1 - 0.002 * Math.abs(random.nextGaussian()));
                volume[i] = 1 + Math.floor(100_000 * random.nextDouble());
                price = c;
            }
            bars = new Bars(time, open, high, low, close, volume);
        }
    }

    /** Indicators TA-Lib also has: each runs ours and TA-Lib's. */
    @State(Scope.Benchmark)
    public static class Compared extends Data {
        @Param({"sma", "ema", "wma", "dema", "tema", "trima", "kama", "macd", "apo", "ppo", "linreg",
            "linreg_slope", "adx", "plus_di", "minus_di", "aroon", "sar", "rsi", "stoch", "stochf", "stochrsi",
            "willr", "cci", "roc", "mom", "cmo", "trix", "ultosc", "bbands", "trange", "atr", "natr", "stddev",
            "obv", "ad", "adosc", "mfi"})
        public String indicator;

        @Setup
        public void setup() {
            generate();
        }
    }

    /** Indicators TA-Lib lacks: ours only. */
    @State(Scope.Benchmark)
    public static class OursOnly extends Data {
        @Param({"hma", "vwma", "supertrend", "ichimoku", "keltner", "donchian", "hv", "tsi", "cmf", "vwap",
            "force"})
        public String indicator;

        @Setup
        public void setup() {
            generate();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ours(Compared s, Blackhole bh) {
        double[] c = s.close;
        switch (s.indicator) {
            case "sma": Sma.compute(c, 20, s.out1); break;
            case "ema": Ema.compute(c, 20, s.out1); break;
            case "wma": Wma.compute(c, 20, s.out1); break;
            case "dema": Dema.compute(c, 20, s.out1); break;
            case "tema": Tema.compute(c, 20, s.out1); break;
            case "trima": Trima.compute(c, 20, s.out1); break;
            case "kama": Kama.compute(c, 10, s.out1); break;
            case "macd": Macd.compute(c, 12, 26, 9, s.out1, s.out2, s.out3); break;
            case "apo": Apo.compute(c, 12, 26, MaType.SMA, s.out1); break;
            case "ppo": Ppo.compute(c, 12, 26, MaType.SMA, s.out1); break;
            case "linreg": LinearRegression.compute(c, 14, s.out1, s.out2); break;
            case "linreg_slope": LinearRegression.compute(c, 14, s.out1, s.out2); break;
            case "adx": Adx.compute(s.high, s.low, c, 14, s.out1); break;
            case "plus_di": PlusDi.compute(s.high, s.low, c, 14, s.out1); break;
            case "minus_di": MinusDi.compute(s.high, s.low, c, 14, s.out1); break;
            case "aroon": Aroon.compute(s.high, s.low, 14, s.out1, s.out2, s.out3); break;
            case "sar": ParabolicSar.compute(s.high, s.low, 0.02, 0.2, s.out1); break;
            case "rsi": Rsi.compute(c, 14, s.out1); break;
            case "stoch": Stochastic.compute(s.high, s.low, c, 5, 3, 3, s.out1, s.out2); break;
            case "stochf": StochasticFast.compute(s.high, s.low, c, 0, 5, 3, s.out1, s.out2); break;
            case "stochrsi": StochRsi.compute(c, 14, 5, 3, s.out1, s.out2); break;
            case "willr": WilliamsR.compute(s.high, s.low, c, 14, s.out1); break;
            case "cci": Cci.compute(Source.TYPICAL.values(s.bars), 20, s.out1); break;
            case "roc": Roc.compute(c, 10, s.out1); break;
            case "mom": Momentum.compute(c, 10, s.out1); break;
            case "cmo": Cmo.compute(c, 14, s.out1); break;
            case "trix": Trix.compute(c, 30, s.out1); break;
            case "ultosc": UltimateOscillator.compute(s.high, s.low, c, 7, 14, 28, s.out1); break;
            case "bbands": BollingerBands.compute(c, 20, 2.0, 2.0, s.out1, s.out2, s.out3, s.out4, s.out5); break;
            case "trange": TrueRange.compute(s.high, s.low, c, s.out1); break;
            case "atr": Atr.compute(s.high, s.low, c, 14, s.out1); break;
            case "natr": Natr.compute(s.high, s.low, c, 14, s.out1); break;
            case "stddev": StdDev.compute(c, 20, s.out1, s.out2); break;
            case "obv": Obv.compute(c, s.volume, s.out1); break;
            case "ad": AccumulationDistribution.compute(s.high, s.low, c, s.volume, s.out1); break;
            case "adosc": ChaikinOscillator.compute(s.high, s.low, c, s.volume, 3, 10, s.out1); break;
            case "mfi": Mfi.compute(Source.TYPICAL.values(s.bars), s.volume, 14, s.out1); break;
            default: throw new IllegalArgumentException(s.indicator);
        }
        bh.consume(s.out1);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void taLib(Compared s, Blackhole bh) {
        Core t = s.core;
        double[] c = s.close;
        int end = BARS - 1;
        MInteger b = s.begin;
        MInteger n = s.count;
        switch (s.indicator) {
            case "sma": t.sma(0, end, c, 20, b, n, s.out1); break;
            case "ema": t.ema(0, end, c, 20, b, n, s.out1); break;
            case "wma": t.wma(0, end, c, 20, b, n, s.out1); break;
            case "dema": t.dema(0, end, c, 20, b, n, s.out1); break;
            case "tema": t.tema(0, end, c, 20, b, n, s.out1); break;
            case "trima": t.trima(0, end, c, 20, b, n, s.out1); break;
            case "kama": t.kama(0, end, c, 10, b, n, s.out1); break;
            case "macd": t.macd(0, end, c, 12, 26, 9, b, n, s.out1, s.out2, s.out3); break;
            case "apo": t.apo(0, end, c, 12, 26, MAType.Sma, b, n, s.out1); break;
            case "ppo": t.ppo(0, end, c, 12, 26, MAType.Sma, b, n, s.out1); break;
            case "linreg": t.linearReg(0, end, c, 14, b, n, s.out1); break;
            case "linreg_slope": t.linearRegSlope(0, end, c, 14, b, n, s.out1); break;
            case "adx": t.adx(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "plus_di": t.plusDI(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "minus_di": t.minusDI(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "aroon": t.aroon(0, end, s.high, s.low, 14, b, n, s.out2, s.out1); break;
            case "sar": t.sar(0, end, s.high, s.low, 0.02, 0.2, b, n, s.out1); break;
            case "rsi": t.rsi(0, end, c, 14, b, n, s.out1); break;
            case "stoch": t.stoch(0, end, s.high, s.low, c, 5, 3, MAType.Sma, 3, MAType.Sma, b, n, s.out1, s.out2); break;
            case "stochf": t.stochF(0, end, s.high, s.low, c, 5, 3, MAType.Sma, b, n, s.out1, s.out2); break;
            case "stochrsi": t.stochRsi(0, end, c, 14, 5, 3, MAType.Sma, b, n, s.out1, s.out2); break;
            case "willr": t.willR(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "cci": t.cci(0, end, s.high, s.low, c, 20, b, n, s.out1); break;
            case "roc": t.roc(0, end, c, 10, b, n, s.out1); break;
            case "mom": t.mom(0, end, c, 10, b, n, s.out1); break;
            case "cmo": t.cmo(0, end, c, 14, b, n, s.out1); break;
            case "trix": t.trix(0, end, c, 30, b, n, s.out1); break;
            case "ultosc": t.ultOsc(0, end, s.high, s.low, c, 7, 14, 28, b, n, s.out1); break;
            case "bbands": t.bbands(0, end, c, 20, 2.0, 2.0, MAType.Sma, b, n, s.out1, s.out2, s.out3); break;
            case "trange": t.trueRange(0, end, s.high, s.low, c, b, n, s.out1); break;
            case "atr": t.atr(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "natr": t.natr(0, end, s.high, s.low, c, 14, b, n, s.out1); break;
            case "stddev": t.stdDev(0, end, c, 20, 1.0, b, n, s.out1); break;
            case "obv": t.obv(0, end, c, s.volume, b, n, s.out1); break;
            case "ad": t.ad(0, end, s.high, s.low, c, s.volume, b, n, s.out1); break;
            case "adosc": t.adOsc(0, end, s.high, s.low, c, s.volume, 3, 10, b, n, s.out1); break;
            case "mfi": t.mfi(0, end, s.high, s.low, c, s.volume, 14, b, n, s.out1); break;
            default: throw new IllegalArgumentException(s.indicator);
        }
        bh.consume(s.out1);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void oursOnly(OursOnly s, Blackhole bh) {
        double[] c = s.close;
        switch (s.indicator) {
            case "hma": Hma.compute(c, 20, s.out1); break;
            case "vwma": Vwma.compute(c, s.volume, 20, s.out1); break;
            case "supertrend": SuperTrend.compute(s.high, s.low, c, 10, 3.0, s.out1, s.out2); break;
            case "ichimoku": Ichimoku.compute(s.high, s.low, 9, 26, 52, s.out1, s.out2, s.out3, s.out4); break;
            case "keltner": Keltner.compute(c, s.high, s.low, c, 20, 10, 2.0, s.out1, s.out2, s.out3); break;
            case "donchian": Donchian.compute(s.high, s.low, 20, s.out1, s.out2, s.out3); break;
            case "hv": HistoricalVolatility.compute(c, 20, 252.0, s.out1); break;
            case "tsi": Tsi.compute(c, 25, 13, s.out1); break;
            case "cmf": ChaikinMoneyFlow.compute(s.high, s.low, c, s.volume, 20, s.out1); break;
            case "vwap": Vwap.compute(s.bars.time(), Source.TYPICAL.values(s.bars), s.volume, ZoneOffset.UTC, s.out1); break;
            case "force": ForceIndex.compute(c, s.volume, 13, s.out1); break;
            default: throw new IllegalArgumentException(s.indicator);
        }
        bh.consume(s.out1);
    }
}
