package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;

/** Reads the indicators of rules that declare them, failing clearly when a rule was never bound. */
final class Bound {
    private Bound() {
    }

    /** The value of {@code series} at the window's bar; fails when {@code rule} was not added to a strategy. */
    static double read(Series series, DataWindow window, Object rule) {
        if (series == null) {
            throw unbound(rule);
        }
        return window.value(series, 0);
    }

    static IllegalStateException unbound(Object rule) {
        return new IllegalStateException(rule + " reads indicators it has not declared: add it to a strategy with"
                + " StrategyBuilder.risk(...), which declares them and binds the rule");
    }
}
