package dev.backtester.api;

/**
 * What signal logic wants for the current symbol, as a target: the engine turns a change of
 * target into orders that fill on the next bar (or, opt-in, at this bar's close).
 */
public enum Signal {
    /** Keep whatever position there is. */
    NONE,
    /** Be long: open a long position, reversing a short one. No effect when already long. */
    LONG,
    /** Be short: open a short position, reversing a long one. No effect when already short. */
    SHORT,
    /** Be flat: close any position. */
    FLAT
}
