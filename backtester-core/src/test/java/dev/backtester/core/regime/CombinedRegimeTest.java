package dev.backtester.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.regime.Regime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedRegimeTest {

    private static Regime combine(String trend, double cT, String vol, double cV) {
        return CombinedRegime.combine(new Regime(trend, cT), new Regime(vol, cV));
    }

    @Test
    void theDowngradeTable() {
        assertEquals(new Regime("bull", 0.9), combine("bull", 0.9, "low_vol", 0.7));
        assertEquals(new Regime("bull", 0.9), combine("bull", 0.9, "normal_vol", 0.1));
        // bull in high volatility: neutral, max(cV, 1 - cT) = max(0.6, 0.1)
        assertEquals(new Regime("neutral", 0.6), combine("bull", 0.9, "high_vol", 0.6));
        // weak bull in mild high volatility: max(0.2, 1 - 0.3) = 0.7, neutral mainly because the bull was weak
        assertEquals(new Regime("neutral", 0.7), combine("bull", 0.3, "high_vol", 0.2));
        for (String vol : List.of("low_vol", "normal_vol", "high_vol")) {
            assertEquals(new Regime("bear", 0.8), combine("bear", 0.8, vol, 0.5), "bear stays bear in " + vol);
            assertEquals(new Regime("neutral", 0.4), combine("neutral", 0.4, vol, 0.9), "neutral stays in " + vol);
        }
    }

    @Test
    void anUnknownPartMakesTheWholeUnknown() {
        for (String trend : List.of("bull", "neutral", "bear")) {
            assertSame(Regimes.UNKNOWN_REGIME, combine(trend, 0.9, "unknown", 0));
        }
        assertSame(Regimes.UNKNOWN_REGIME, combine("unknown", 0, "low_vol", 1));
    }

    @Test
    void foreignLabelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> combine("up", 0.5, "low_vol", 0.5));
        assertThrows(IllegalArgumentException.class, () -> combine("bull", 0.5, "calm", 0.5));
    }

    @Test
    void handBuiltSeriesThroughTheEnginesIndicators() {
        TrendRegime trend = Regimes.trend(4, 2, 3);
        VolatilityRegime vol = Regimes.volatility(2, 5, 0.2, 0.8);
        var bound = ColumnWindow.bind(Regimes.combined(trend, vol), CombinedRegime.class);
        var trendOnly = ColumnWindow.bind(trend, TrendRegime.class);
        // rising 1 a bar: the returns shrink, so today's volatility is the lowest: low_vol, bull kept
        ColumnWindow calm = ColumnWindow.computed(bound.strategy(), Bars.closes(Bars.line(12, 100, 1)));
        Regime r = bound.classifier().classify(calm.at(11));
        Regime t = trendOnly.classifier().classify(ColumnWindow.computed(trendOnly.strategy(),
                Bars.closes(Bars.line(12, 100, 1))).at(11));
        assertEquals("bull", t.label());
        assertEquals(t, r);
        // the same rise ending in a 10% jump: volatility at its highest (p = 1, cV = 1), bull downgraded to neutral
        double[] closes = Bars.line(12, 100, 1);
        closes[11] = closes[10] * 1.10;
        ColumnWindow wild = ColumnWindow.computed(bound.strategy(), Bars.closes(closes));
        assertEquals(new Regime("neutral", 1), bound.classifier().classify(wild.at(11)));
        assertEquals(new Regime("high_vol", 1), bound.classifier().volatility().classify(wild.at(11)));
        assertEquals("bull", bound.classifier().trend().classify(wild.at(11)).label());
    }

    @Test
    void bindingBindsBothParts() {
        CombinedRegime template = Regimes.combined();
        var bound = ColumnWindow.bind(template, CombinedRegime.class);
        assertTrue(bound.classifier().isBound());
        assertTrue(!template.isBound() && !template.trend().isBound());
        // SMA(200), ATR(14), historical volatility(20)
        assertEquals(3, bound.strategy().indicators().size());
    }
}
