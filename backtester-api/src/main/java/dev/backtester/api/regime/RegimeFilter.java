package dev.backtester.api.regime;

import java.util.Objects;
import java.util.Set;

/**
 * Allows new entries only while the classifier's label is one of {@code allowed} with at least
 * {@code minConfidence}. Exits are never blocked.
 *
 * @param classifier    the regime classifier
 * @param allowed       labels in which entries are allowed
 * @param minConfidence lowest confidence accepted, in [0, 1]
 */
public record RegimeFilter(RegimeClassifier classifier, Set<String> allowed, double minConfidence) {
    public RegimeFilter {
        Objects.requireNonNull(classifier, "classifier");
        allowed = Set.copyOf(allowed);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("a regime filter needs at least one allowed label");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
        }
    }

    /** True when an entry is allowed in {@code regime}. */
    public boolean allows(Regime regime) {
        return allowed.contains(regime.label()) && regime.confidence() >= minConfidence;
    }
}
