package dev.backtester.api.regime;

import java.util.Objects;

/**
 * A regime label with the classifier's confidence in it.
 *
 * @param label      e.g. {@code bull}, {@code neutral}, {@code bear}
 * @param confidence in [0, 1]
 */
public record Regime(String label, double confidence) {
    public Regime {
        Objects.requireNonNull(label, "label");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
