package dev.backtester.indicators.volume;

import dev.backtester.indicators.Bars;
import dev.backtester.indicators.Indicator;
import dev.backtester.indicators.IndicatorContract;
import dev.backtester.indicators.OrclData;
import dev.backtester.indicators.RandomBars;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.TaLib;
import net.jqwik.api.Example;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static dev.backtester.indicators.TaLib.CORE;
import static dev.backtester.indicators.TaLib.assertMatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volume indicators: contract, TA-Lib where it has them, published definitions otherwise. */
class VolumeTest extends IndicatorContract {

    private final Bars bars = OrclData.bars();
    private final double[] h = bars.high();
    private final double[] l = bars.low();
    private final double[] c = bars.close();
    private final double[] v = bars.volume();
    private final int end = bars.length() - 1;

    @Override
    protected List<Indicator> indicators() {
        return List.of(new Obv(), new Obv(Source.TYPICAL), new AccumulationDistribution(), new ChaikinOscillator(),
                new ChaikinOscillator(1, 2), new Mfi(1), new Mfi(14), new ChaikinMoneyFlow(1), new ChaikinMoneyFlow(20),
                new Vwap(), new Vwap(Source.CLOSE, ZoneId.of("America/New_York")), new ForceIndex(1), new ForceIndex(13));
    }

    @Example
    void obvAndAdIncludeBarZeroLikeTaLib() {
        Obv obv = new Obv();
        // OBV and A/D are running sums of volumes of 1e7..1e9: compared at the scale of one share
        assertMatches(obv.name(), obv.compute(bars), 0, 1.0, (b, n, o) -> CORE.obv(0, end, c, v, b, n, o[0]), 0);
        assertEquals(CORE.obvLookback(), obv.lookback());
        assertEquals(v[0], obv.compute(bars)[0][0]);
        AccumulationDistribution ad = new AccumulationDistribution();
        assertMatches(ad.name(), ad.compute(bars), 0, 1.0, (b, n, o) -> CORE.ad(0, end, h, l, c, v, b, n, o[0]), 0);
        assertEquals(CORE.adLookback(), ad.lookback());
    }

    @Example
    void chaikinOscillatorAndMfi() {
        int[][] params = {{3, 10}, {2, 5}, {10, 30}};
        for (int[] q : params) {
            ChaikinOscillator osc = new ChaikinOscillator(q[0], q[1]);
            assertMatches(osc.name(), osc.compute(bars), osc.lookback(), 1.0,
                    (b, n, o) -> CORE.adOsc(0, end, h, l, c, v, q[0], q[1], b, n, o[0]), 0);
            assertEquals(CORE.adOscLookback(q[0], q[1]), osc.lookback());
        }
        for (int p : new int[] {2, 14, 50}) {
            Mfi mfi = new Mfi(p);
            assertMatches(mfi.name(), mfi.compute(bars), mfi.lookback(), 0.01,
                    (b, n, o) -> CORE.mfi(0, end, h, l, c, v, p, b, n, o[0]), 0);
            assertEquals(CORE.mfiLookback(p), Mfi.lookback(p));
        }
    }

    @Example
    void chaikinMoneyFlowHandComputed() {
        // StockCharts ChartSchool, "Chaikin Money Flow": sum(clv * volume) / sum(volume)
        Bars small = new Bars(new long[] {1, 2, 3}, new double[3], new double[] {10, 12, 11},
                new double[] {8, 10, 11}, new double[] {9.5, 10, 11}, new double[] {100, 200, 300});
        // clv: (1.5-0.5)/2 = 0.5; (0-2)/2 = -1; no range -> 0
        double[] out = new ChaikinMoneyFlow(2).compute(small)[0];
        assertArrayEquals(new double[] {Double.NaN, (50 - 200) / 300.0, (-200 + 0) / 500.0}, out, 1e-12);
    }

    @Example
    void forceIndexIsTheEmaOfPriceChangeTimesVolume() {
        // Elder (1993) via StockCharts: EMA13((close - previous close) * volume); EMA from TA-Lib
        int n = c.length;
        double[] force = new double[n - 1];
        for (int t = 1; t < n; t++) {
            force[t - 1] = (c[t] - c[t - 1]) * v[t];
        }
        double[] expected = new double[n - 1];
        TaLib.Range r = new TaLib.Range();
        CORE.ema(0, n - 2, force, 13, r.begin, r.count, expected);
        double[] ours = new ForceIndex(13).compute(bars)[0];
        assertEquals(13, new ForceIndex(13).lookback());
        for (int i = 0; i < r.count.value; i++) {
            int t = 1 + r.begin.value + i;
            assertTrue(TaLib.close(expected[i], ours[t], 1.0), "force at " + t + ": " + expected[i] + " vs " + ours[t]);
        }
    }

    @Example
    void vwapResetsAtEachCalendarDateOfTheZone() {
        ZoneId ny = ZoneId.of("America/New_York");
        long[] time = {
            at(2024, 3, 8, 15, 0, ny), at(2024, 3, 8, 16, 0, ny),    // Friday
            at(2024, 3, 11, 10, 0, ny), at(2024, 3, 11, 11, 0, ny),  // Monday, after the DST change
            at(2024, 3, 12, 0, 0, ny),                               // ends at midnight: still Monday
            at(2024, 3, 12, 0, 1, ny)};                              // Tuesday
        double[] price = {10, 20, 30, 40, 50, 60};
        double[] volume = {1, 3, 2, 2, 4, 5};
        Bars session = new Bars(time, price, price, price, price, volume);
        double[] out = new Vwap(Source.CLOSE, ny).compute(session)[0];
        double[] expected = {10, (10 + 60) / 4.0, 30, (60 + 80) / 4.0, (60 + 80 + 200) / 8.0, 60};
        assertArrayEquals(expected, out, 1e-12);
        // in UTC, 2024-03-12 00:00 New York is 04:00 UTC: a new UTC date, so a new session
        double[] utc = new Vwap(Source.CLOSE, ZoneOffset.UTC).compute(session)[0];
        assertArrayEquals(new double[] {10, 17.5, 30, 35, 50, (200 + 300) / 9.0}, utc, 1e-12);
    }

    @Example
    void vwapWithoutVolumeAveragesThePrices() {
        double[] price = {2, 4, 9};
        Bars noVolume = new Bars(new long[] {1, 2, 3}, price, price, price, price, new double[3]);
        double[] out = new Vwap().compute(noVolume)[0];
        assertArrayEquals(new double[] {2, 3, 5}, out, 1e-12);
    }

    @Example
    void vwapOfRandomSessionsMatchesADirectSum() {
        Bars random = RandomBars.generate(300, 9);
        double[] out = new Vwap().compute(random)[0];
        long day = Long.MIN_VALUE;
        double pv = 0;
        double vol = 0;
        for (int t = 0; t < 300; t++) {
            long d = Math.floorDiv(random.time()[t] - 1, 86_400_000L);
            if (d != day) {
                day = d;
                pv = 0;
                vol = 0;
            }
            double tp = (random.high()[t] + random.low()[t] + random.close()[t]) / 3;
            pv += tp * random.volume()[t];
            vol += random.volume()[t];
            assertEquals(pv / vol, out[t], 1e-9 * out[t], "vwap at " + t);
        }
    }

    private static long at(int y, int m, int d, int hour, int minute, ZoneId zone) {
        return LocalDateTime.of(y, m, d, hour, minute).atZone(zone).toInstant().toEpochMilli();
    }

    @Example
    void validatesArguments() {
        assertEquals("adosc: fastPeriod (10) must be < slowPeriod (3)",
                assertThrows(IllegalArgumentException.class, () -> new ChaikinOscillator(10, 3)).getMessage());
        assertEquals("vwap: zone must not be null",
                assertThrows(NullPointerException.class, () -> new Vwap(Source.CLOSE, null)).getMessage());
        assertEquals("vwap(typical,Z)", new Vwap().name());
        assertEquals("mfi: period must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Mfi(0)).getMessage());
    }
}
