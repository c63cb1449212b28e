package dev.backtester.core.regime;

import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.api.regime.RegimeSelection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Built-in regime classifiers and the entry filter of the original design:
 *
 * <pre>{@code
 * builder.signals(logic).sizing(sizer).regime(Regimes.allow("bull", "neutral"), 0.8).build();
 * }</pre>
 *
 * Each classifier documents its formula: {@link TrendRegime}, {@link VolatilityRegime},
 * {@link CombinedRegime}. Classifiers declare their indicators when added to a strategy builder;
 * the values returned here are unbound templates, usable in any number of strategies.
 */
public final class Regimes {
    /** Trend up: above a rising average. */
    public static final String BULL = "bull";
    /** No clear trend, or (combined) a bull trend in high volatility. */
    public static final String NEUTRAL = "neutral";
    /** Trend down: below a falling average. */
    public static final String BEAR = "bear";
    /** Realized volatility in the low tail of its recent values. */
    public static final String LOW_VOL = "low_vol";
    /** Realized volatility in the middle of its recent values. */
    public static final String NORMAL_VOL = "normal_vol";
    /** Realized volatility in the high tail of its recent values. */
    public static final String HIGH_VOL = "high_vol";
    /** Not enough data yet (warm-up); always with confidence 0. */
    public static final String UNKNOWN = "unknown";

    static final Regime UNKNOWN_REGIME = new Regime(UNKNOWN, 0);

    private Regimes() {
    }

    /** {@link #trend(int, int)} with a 200-bar average whose slope is measured over 20 bars. */
    public static TrendRegime trend() {
        return trend(TrendRegime.DEFAULT_PERIOD, TrendRegime.DEFAULT_SLOPE_BARS);
    }

    /**
     * Close against {@code SMA(period)} and the average's change over {@code slopeBars} bars, in units
     * of {@code ATR(14)}: labels bull, neutral, bear (formula in {@link TrendRegime}).
     *
     * @throws IllegalArgumentException unless {@code period >= 2} and {@code slopeBars >= 1}
     */
    public static TrendRegime trend(int period, int slopeBars) {
        return trend(period, slopeBars, TrendRegime.DEFAULT_ATR_PERIOD);
    }

    /**
     * {@link #trend(int, int)} with an explicit ATR period.
     *
     * @throws IllegalArgumentException unless {@code period >= 2}, {@code slopeBars >= 1} and {@code atrPeriod >= 1}
     */
    public static TrendRegime trend(int period, int slopeBars, int atrPeriod) {
        return new TrendRegime(period, slopeBars, atrPeriod);
    }

    /** {@link #volatility(int, int, double, double)} with 20-return volatility ranked over 252 bars, thresholds 0.2 and 0.8. */
    public static VolatilityRegime volatility() {
        return volatility(VolatilityRegime.DEFAULT_WINDOW, VolatilityRegime.DEFAULT_HISTORY,
                VolatilityRegime.DEFAULT_LOW, VolatilityRegime.DEFAULT_HIGH);
    }

    /**
     * Percentile of today's {@code historicalVolatility(window)} among its previous {@code history}
     * values: labels low_vol below {@code lowPercentile}, high_vol above {@code highPercentile},
     * normal_vol between (formula in {@link VolatilityRegime}).
     *
     * @throws IllegalArgumentException unless {@code window >= 2}, {@code history >= 2} and
     *                                  {@code 0 < lowPercentile < highPercentile < 1}
     */
    public static VolatilityRegime volatility(int window, int history, double lowPercentile, double highPercentile) {
        return new VolatilityRegime(window, history, lowPercentile, highPercentile);
    }

    /** The bull/neutral/bear classifier with the default trend and volatility parts. */
    public static CombinedRegime combined() {
        return combined(trend(), volatility());
    }

    /** The bull/neutral/bear classifier: {@code trend}'s label downgraded by {@code volatility} (table in {@link CombinedRegime}). */
    public static CombinedRegime combined(TrendRegime trend, VolatilityRegime volatility) {
        return new CombinedRegime(trend, volatility);
    }

    /**
     * Entries allowed only in {@code labels} of the {@link #combined()} classifier; complete it with
     * {@code StrategyBuilder.regime(selection, minConfidence)} or pick another classifier with
     * {@link RegimeSelection#using}.
     *
     * @throws IllegalArgumentException when no label is given, a label is blank or has surrounding
     *                                  spaces, or the combined classifier never returns it
     */
    public static RegimeSelection allow(String... labels) {
        return allow(combined(), labels);
    }

    /**
     * Entries allowed only in {@code labels} of {@code classifier}. When the classifier declares its
     * labels ({@link LabelledClassifier}), each allowed label must be one of them.
     *
     * @throws IllegalArgumentException when no label is given, a label is blank or has surrounding
     *                                  spaces, or a labelled classifier never returns it
     */
    public static RegimeSelection allow(RegimeClassifier classifier, String... labels) {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(labels, "labels");
        if (labels.length == 0) {
            throw new IllegalArgumentException("allow: name at least one regime label, e.g. allow(\"bull\", \"neutral\")");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String label : labels) {
            allowed.add(checkLabel(label, classifier));
        }
        return new RegimeSelection(classifier, allowed);
    }

    /**
     * Why {@code label} cannot select anything from {@code classifier}, or null when it can: blank,
     * surrounding spaces, or not among a labelled classifier's labels.
     */
    public static String labelProblem(String label, RegimeClassifier classifier) {
        if (label == null || label.isBlank()) {
            return "a regime label must not be blank";
        }
        if (!label.equals(label.strip())) {
            return "regime label '" + label + "' has surrounding spaces";
        }
        if (classifier instanceof LabelledClassifier labelled && !labelled.labels().contains(label)) {
            return "regime label '" + label + "' is never returned by " + labelled + "; it returns "
                    + String.join(", ", labelled.labels());
        }
        return null;
    }

    private static String checkLabel(String label, RegimeClassifier classifier) {
        String problem = labelProblem(label, classifier);
        if (problem != null) {
            throw new IllegalArgumentException("allow: " + problem);
        }
        return label;
    }
}
