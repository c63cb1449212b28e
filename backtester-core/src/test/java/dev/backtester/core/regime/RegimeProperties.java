package dev.backtester.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.regime.Regime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the built-in classifiers over random series: a confidence in [0, 1] and a declared
 * label at every bar, and no look-ahead: the regime at bar t depends only on bars 0..t.
 */
class RegimeProperties {

    private static List<LabelledClassifier> classifiers(int period, int slopeBars, int atrPeriod, int window,
                                                        int history) {
        TrendRegime trend = Regimes.trend(period, slopeBars, atrPeriod);
        VolatilityRegime vol = Regimes.volatility(window, history, 0.25, 0.75);
        return List.of(trend, vol, Regimes.combined(trend, vol));
    }

    @Property(tries = 150)
    void everyBarGetsADeclaredLabelAndAConfidenceInTheUnitInterval(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 200) int n,
            @ForAll @IntRange(min = 2, max = 30) int period, @ForAll @IntRange(min = 1, max = 15) int slopeBars,
            @ForAll @IntRange(min = 1, max = 20) int atrPeriod, @ForAll @IntRange(min = 2, max = 20) int window,
            @ForAll @IntRange(min = 2, max = 40) int history) {
        BarSeries bars = Bars.random(seed, n);
        for (LabelledClassifier template : classifiers(period, slopeBars, atrPeriod, window, history)) {
            var bound = ColumnWindow.bind(template, LabelledClassifier.class);
            ColumnWindow w = ColumnWindow.computed(bound.strategy(), bars);
            for (int t = 0; t < n; t++) {
                Regime r = bound.classifier().classify(w.at(t));
                assertTrue(template.labels().contains(r.label()), template + " returned " + r + " at bar " + t);
                assertTrue(r.confidence() >= 0 && r.confidence() <= 1, r + " at bar " + t);
                if (r.label().equals(Regimes.UNKNOWN)) {
                    assertEquals(0, r.confidence(), "unknown has no confidence");
                }
            }
            // once past warm-up the classifier always answers
            Regime last = bound.classifier().classify(w.at(n - 1));
            int firstBar = firstClassifiedBar(template);
            if (n - 1 >= firstBar) {
                assertTrue(!last.label().equals(Regimes.UNKNOWN), template + " unknown at bar " + (n - 1));
            }
        }
    }

    private static int firstClassifiedBar(LabelledClassifier c) {
        if (c instanceof TrendRegime t) {
            return Math.max(t.period() - 1 + t.slopeBars(), t.atrPeriod());
        }
        if (c instanceof VolatilityRegime v) {
            return v.window() + v.history();
        }
        CombinedRegime combined = (CombinedRegime) c;
        return Math.max(firstClassifiedBar(combined.trend()), firstClassifiedBar(combined.volatility()));
    }

    @Property(tries = 150)
    void theRegimeAtTIgnoresLaterBars(@ForAll long seed, @ForAll @IntRange(min = 10, max = 160) int n,
                                      @ForAll @IntRange(min = 0, max = 10_000) int cut,
                                      @ForAll @IntRange(min = 2, max = 30) int period,
                                      @ForAll @IntRange(min = 1, max = 15) int slopeBars,
                                      @ForAll @IntRange(min = 2, max = 15) int window,
                                      @ForAll @IntRange(min = 2, max = 40) int history) {
        BarSeries full = Bars.random(seed, n);
        int t = cut % n;
        BarSeries truncated = Bars.prefix(full, t + 1);
        BarSeries otherFuture = Bars.splice(full, t, Bars.random(seed + 1, n));
        for (LabelledClassifier template : classifiers(period, slopeBars, 14, window, history)) {
            var bound = ColumnWindow.bind(template, LabelledClassifier.class);
            Regime onAll = bound.classifier().classify(ColumnWindow.computed(bound.strategy(), full).at(t));
            Regime onPrefix = bound.classifier().classify(ColumnWindow.computed(bound.strategy(), truncated).at(t));
            Regime onOther = bound.classifier().classify(ColumnWindow.computed(bound.strategy(), otherFuture).at(t));
            assertEquals(onPrefix, onAll, template + " at bar " + t + " of " + n + ", computed on bars 0.." + t);
            assertEquals(onAll, onOther, template + " at bar " + t + " with different bars after it");
        }
    }

    @Property(tries = 1000)
    void thePureTrendFunctionIsTotal(@ForAll("anyDouble") double close, @ForAll("anyDouble") double sma,
                                     @ForAll("anyDouble") double smaBefore, @ForAll("anyDouble") double atr,
                                     @ForAll @IntRange(min = 2, max = 300) int period,
                                     @ForAll @IntRange(min = 1, max = 60) int slopeBars) {
        TrendRegime trend = Regimes.trend(period, slopeBars);
        // the Regime constructor rejects confidences outside [0, 1], so a normal return is the property
        Regime r = trend.classify(close, sma, smaBefore, Math.abs(atr));
        assertTrue(trend.labels().contains(r.label()));
    }

    @Property(tries = 500)
    void moreDistanceOrSlopeNeverLowersTheTrendConfidence(
            @ForAll @DoubleRange(min = 0.01, max = 50) double distance, @ForAll @DoubleRange(min = 0.01, max = 50) double more,
            @ForAll @DoubleRange(min = 0.01, max = 20) double slope, @ForAll @DoubleRange(min = 0.1, max = 10) double atr,
            @ForAll boolean up) {
        TrendRegime trend = Regimes.trend(50, 10);
        double sign = up ? 1 : -1;
        double base = trend.classify(100 + sign * distance, 100, 100 - sign * slope, atr).confidence();
        double farther = trend.classify(100 + sign * (distance + more), 100, 100 - sign * slope, atr).confidence();
        double steeper = trend.classify(100 + sign * distance, 100, 100 - sign * (slope + more), atr).confidence();
        assertTrue(farther >= base && steeper >= base, base + " -> " + farther + ", " + steeper);
    }

    @Property(tries = 1000)
    void volatilityConfidenceIsInTheUnitIntervalForEveryPercentile(
            @ForAll @DoubleRange(min = 0, max = 1) double p, @ForAll @DoubleRange(min = 0.01, max = 0.49) double low,
            @ForAll @DoubleRange(min = 0.51, max = 0.99) double high) {
        VolatilityRegime v = Regimes.volatility(20, 100, low, high);
        Regime r = v.classifyPercentile(p);
        assertTrue(v.labels().contains(r.label()));
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                        Double.MIN_VALUE, Double.MAX_VALUE));
    }
}
