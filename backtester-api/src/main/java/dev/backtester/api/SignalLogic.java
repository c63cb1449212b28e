package dev.backtester.api;

import java.util.Locale;

/**
 * Decides, at the close of each bar, what position a symbol should have.
 *
 * <p>Called once per symbol and bar after the warm-up. It sees only the {@link DataWindow}, so it
 * cannot read the future. Implementations shared by parallel runs must not keep mutable state;
 * keep state in indicators instead.
 */
@FunctionalInterface
public interface SignalLogic {

    /** The target for this symbol after this bar. */
    Signal evaluate(DataWindow window);

    /**
     * Name of the rule that produced {@code signal}, recorded as the entry signal of the trade it
     * opens. The default is the signal's name in lower case, e.g. {@code long}.
     */
    default String ruleName(Signal signal) {
        return signal.name().toLowerCase(Locale.ROOT);
    }
}
