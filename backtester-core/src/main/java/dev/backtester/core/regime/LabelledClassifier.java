package dev.backtester.core.regime;

import dev.backtester.api.regime.RegimeClassifier;
import java.util.Set;

/**
 * A regime classifier that declares every label it can return, so that a filter naming a label it
 * never returns (a typo such as {@code "bul"}) is rejected when the filter is made.
 */
public interface LabelledClassifier extends RegimeClassifier {

    /** Every label {@link #classify} can return, including {@link Regimes#UNKNOWN}. */
    Set<String> labels();
}
