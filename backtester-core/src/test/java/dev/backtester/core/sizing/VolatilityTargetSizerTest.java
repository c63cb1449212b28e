package dev.backtester.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Series;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.core.testing.TestWindow;
import dev.backtester.indicators.volatility.HistoricalVolatility;
import org.junit.jupiter.api.Test;

class VolatilityTargetSizerTest {

    @Test
    void sizesToTheTargetOverAKnownHistoricalVolatility() {
        // log returns alternate +0.01, -0.01: mean 0, sample variance 20 * 0.0001 / 19 over 20 returns
        // HV = 0.01 * sqrt(20/19) * sqrt(252) = 0.162868...
        double[] close = new double[21];
        close[0] = 100;
        for (int t = 1; t < close.length; t++) {
            close[t] = close[t - 1] * Math.exp(t % 2 == 1 ? 0.01 : -0.01);
        }
        double[] hv = new double[close.length];
        HistoricalVolatility.compute(close, 20, 252, hv);
        double expectedVol = 0.01 * Math.sqrt(20.0 / 19) * Math.sqrt(252);
        assertEquals(expectedVol, hv[20], 1e-12, "the indicator is the hand-computed HV");

        StrategyBuilder b = StrategyBuilder.named("vt");
        PositionSizer sizer = b.sizing(Sizers.volatilityTarget(0.10)).entryLong(w -> false).build().sizer();
        Series handle = b.indicator(Indicators.historicalVolatility(20, 252));
        TestContext c = TestContext.of(100_000, close[20]).window(TestWindow.closes("T", close).with(handle, hv));

        // value = 0.10 / 0.162868 * 100 000 = 61 399.6; shares = value / price (price = last close = 100)
        assertEquals(0.10 / expectedVol * 100_000 / close[20], sizer.shares(c), 1e-6);
        assertEquals(expectedVol, c.explained(VolatilityTargetSizer.ASSET_VOL), 1e-12);
        assertEquals(0.10 / expectedVol, c.explained(VolatilityTargetSizer.TARGET_FRACTION), 1e-12);
    }

    @Test
    void theAtrMeasureAnnualizesTheRangeRelativeToTheClose() {
        StrategyBuilder b = StrategyBuilder.named("vt");
        PositionSizer sizer = (PositionSizer) Sizers.volatilityTarget(0.15).measure(VolatilityTargetSizer.Measure.ATR)
                .period(14).declareOn(b);
        Series atr = b.indicator(Indicators.atr(14));
        TestContext c = TestContext.of(100_000, 100).window(TestWindow.closes("T", 99, 100).with(atr, Double.NaN, 2.0));

        // vol = 2 / 100 * sqrt(252) = 0.317490; value = 0.15 / 0.317490 * 100 000 = 47 245.6 -> 472.456 shares
        double vol = 0.02 * Math.sqrt(252);
        assertEquals(vol, 0.317490, 1e-6);
        assertEquals(0.15 / vol * 100_000 / 100, sizer.shares(c), 1e-9);
        assertEquals(vol, c.explained(VolatilityTargetSizer.ASSET_VOL), 1e-12);
    }

    @Test
    void aCalmAssetIsCappedAtTheLeverageLimit() {
        StrategyBuilder b = StrategyBuilder.named("vt");
        VolatilityTargetSizer unbound = Sizers.volatilityTarget(0.15);
        PositionSizer sizer = (PositionSizer) unbound.declareOn(b);
        PositionSizer levered = (PositionSizer) unbound.cap(2).declareOn(b);
        Series hv = b.indicator(Indicators.historicalVolatility(20, 252));
        TestContext c = TestContext.of(100_000, 50).window(TestWindow.closes("T", 50).with(hv, 0.05));

        // 0.15 / 0.05 = 3x wanted; cap 1 -> 100 000 / 50 = 2 000 shares; cap 2 -> 4 000
        assertEquals(2_000, sizer.shares(c), 1e-9);
        assertEquals(1.0, c.explained(VolatilityTargetSizer.TARGET_FRACTION));
        assertEquals(4_000, levered.shares(c), 1e-9);
    }

    @Test
    void warmUpSkipsTheEntryWithAReason() {
        StrategyBuilder b = StrategyBuilder.named("vt");
        PositionSizer sizer = (PositionSizer) Sizers.volatilityTarget(0.15).declareOn(b);
        Series hv = b.indicator(Indicators.historicalVolatility(20, 252));
        TestContext c = TestContext.of(100_000, 50).window(TestWindow.closes("T", 50).with(hv, Double.NaN));

        assertEquals(0, sizer.shares(c));
        assertEquals(1, c.explained(VolatilityTargetSizer.VOL_UNAVAILABLE));
    }

    @Test
    void theStrategyDeclaresTheSizersIndicatorAndItsWarmUp() {
        Strategy s = StrategyBuilder.named("vt").entryLong(w -> false)
                .sizing(Sizers.volatilityTarget(0.15).period(30).periodsPerYear(365)).build();

        assertEquals(1, s.indicators().size());
        assertEquals(Indicators.historicalVolatility(30, 365).id(), s.indicators().get(0).spec().id());
        assertEquals(30, s.warmupBars());
        assertTrue(((VolatilityTargetSizer) s.sizer()).isBound());
    }

    @Test
    void anUnboundSizerFailsClearly() {
        VolatilityTargetSizer unbound = Sizers.volatilityTarget(0.15);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> unbound.shares(TestContext.of(100_000, 50)));
        assertTrue(e.getMessage().contains("StrategyBuilder.sizing"), e.getMessage());
        assertNotSame(unbound, unbound.declareOn(StrategyBuilder.named("x")), "binding makes a copy");
    }

    @Test
    void badParametersNameTheParameterAndRange() {
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> Sizers.volatilityTarget(0));
        assertTrue(t.getMessage().contains("targetAnnualVol must be in (0, 10]"), t.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Sizers.volatilityTarget(0.1).period(1));
        assertTrue(p.getMessage().contains("period must be >= 2"), p.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sizers.volatilityTarget(0.1).periodsPerYear(0));
        assertThrows(IllegalArgumentException.class, () -> Sizers.volatilityTarget(0.1).cap(101));
        assertThrows(NullPointerException.class, () -> Sizers.volatilityTarget(0.1).measure(null));
    }
}
