package dev.backtester.api.regime;

import java.util.Objects;
import java.util.Set;

/**
 * Which regime labels allow entries, and the classifier that labels the bars. Made by the core
 * library's {@code Regimes.allow("bull", "neutral")} (default classifier: combined bull/neutral/bear)
 * and completed by {@code StrategyBuilder.regime(selection, minConfidence)}.
 *
 * @param classifier the classifier
 * @param labels     labels in which entries are allowed, at least one
 */
public record RegimeSelection(RegimeClassifier classifier, Set<String> labels) {
    public RegimeSelection {
        Objects.requireNonNull(classifier, "classifier");
        labels = Set.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a regime selection needs at least one allowed label");
        }
    }

    /** The same labels judged by another classifier. */
    public RegimeSelection using(RegimeClassifier other) {
        return new RegimeSelection(other, labels);
    }

    /** The filter that allows entries in these labels with at least {@code minConfidence}. */
    public RegimeFilter atConfidence(double minConfidence) {
        return new RegimeFilter(classifier, labels, minConfidence);
    }
}
