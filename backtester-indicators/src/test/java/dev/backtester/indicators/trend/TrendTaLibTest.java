package dev.backtester.indicators.trend;

import com.tictactec.ta.lib.MAType;
import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.Source;
import net.jqwik.api.Example;

import static dev.backtester.indicators.TaLib.CORE;
import static dev.backtester.indicators.TaLib.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Trend indicators against TA-Lib 0.4.0 on ORCL daily bars 1995-2014, called from bar 0. */
class TrendTaLibTest {

    private final Bars bars = OrclData.bars();
    private final double[] close = bars.close();
    private final int end = bars.length() - 1;
    /** ORCL closes range from about 1 to 45: differences of prices are compared at this scale. */
    private static final double PRICE = 1.0;
    /** Percentages of price differences cross zero too: compared at 0.01 percentage points (1e-11 absolute). */
    private static final double PERCENT = 0.01;

    private static double[][] run(Indicator indicator, Bars bars) {
        return indicator.compute(bars);
    }

    @Example
    void wma() {
        for (int p : new int[] {2, 9, 30}) {
            Wma wma = new Wma(p);
            assertMatches(wma.name(), run(wma, bars), wma.lookback(),
                    (b, c, o) -> CORE.wma(0, end, close, p, b, c, o[0]), 0);
            assertEquals(CORE.wmaLookback(p), Wma.lookback(p));
        }
    }

    @Example
    void dema() {
        for (int p : new int[] {2, 5, 30}) {
            Dema dema = new Dema(p);
            assertMatches(dema.name(), run(dema, bars), dema.lookback(),
                    (b, c, o) -> CORE.dema(0, end, close, p, b, c, o[0]), 0);
            assertEquals(CORE.demaLookback(p), Dema.lookback(p));
        }
    }

    @Example
    void tema() {
        for (int p : new int[] {2, 5, 30}) {
            Tema tema = new Tema(p);
            assertMatches(tema.name(), run(tema, bars), tema.lookback(),
                    (b, c, o) -> CORE.tema(0, end, close, p, b, c, o[0]), 0);
            assertEquals(CORE.temaLookback(p), Tema.lookback(p));
        }
    }

    @Example
    void trimaWithTaLibsSplitOfOddAndEvenPeriods() {
        for (int p : new int[] {2, 3, 4, 5, 10, 11, 30}) {
            Trima trima = new Trima(p);
            assertMatches(trima.name(), run(trima, bars), trima.lookback(),
                    (b, c, o) -> CORE.trima(0, end, close, p, b, c, o[0]), 0);
            assertEquals(CORE.trimaLookback(p), Trima.lookback(p));
        }
    }

    @Example
    void kama() {
        for (int p : new int[] {2, 10, 30}) {
            Kama kama = new Kama(p);
            assertMatches(kama.name(), run(kama, bars), kama.lookback(),
                    (b, c, o) -> CORE.kama(0, end, close, p, b, c, o[0]), 0);
            assertEquals(CORE.kamaLookback(p), Kama.lookback(p));
        }
    }

    @Example
    void macdWithTaLibsAlignedSeeding() {
        int[][] params = {{12, 26, 9}, {5, 35, 5}, {2, 3, 2}};
        for (int[] q : params) {
            Macd macd = new Macd(Source.CLOSE, q[0], q[1], q[2]);
            assertMatches(macd.name(), run(macd, bars), macd.lookback(), PRICE,
                    (b, c, o) -> CORE.macd(0, end, close, q[0], q[1], q[2], b, c, o[0], o[1], o[2]), 0, 1, 2);
            assertEquals(CORE.macdLookback(q[0], q[1], q[2]), Macd.lookback(q[1], q[2]));
        }
    }

    @Example
    void apoAndPpoWithSmaAndEma() {
        int[][] params = {{12, 26}, {3, 10}};
        for (int[] q : params) {
            for (MaType type : MaType.values()) {
                MAType taType = type == MaType.SMA ? MAType.Sma : MAType.Ema;
                Apo apo = new Apo(Source.CLOSE, q[0], q[1], type);
                assertMatches(apo.name(), run(apo, bars), apo.lookback(), PRICE,
                        (b, c, o) -> CORE.apo(0, end, close, q[0], q[1], taType, b, c, o[0]), 0);
                Ppo ppo = new Ppo(Source.CLOSE, q[0], q[1], type);
                assertMatches(ppo.name(), run(ppo, bars), ppo.lookback(), PERCENT,
                        (b, c, o) -> CORE.ppo(0, end, close, q[0], q[1], taType, b, c, o[0]), 0);
                assertEquals(CORE.apoLookback(q[0], q[1], taType), Apo.lookback(q[1]));
                assertEquals(CORE.ppoLookback(q[0], q[1], taType), Ppo.lookback(q[1]));
            }
        }
    }

    @Example
    void linearRegressionValueAndSlope() {
        for (int p : new int[] {2, 14, 50}) {
            LinearRegression lr = new LinearRegression(p);
            double[][] ours = run(lr, bars);
            assertMatches(lr.name() + " value", ours, lr.lookback(),
                    (b, c, o) -> CORE.linearReg(0, end, close, p, b, c, o[0]), 0);
            assertMatches(lr.name() + " slope", ours, lr.lookback(), PRICE,
                    (b, c, o) -> CORE.linearRegSlope(0, end, close, p, b, c, o[0]), 1);
            assertEquals(CORE.linearRegLookback(p), LinearRegression.lookback(p));
        }
    }
}
