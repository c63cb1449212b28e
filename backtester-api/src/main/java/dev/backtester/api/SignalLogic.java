package dev.backtester.api;

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
}
