package dev.backtester.api;

/** A yes/no rule on the data window, used for entry and exit rules. */
@FunctionalInterface
public interface Condition {

    /** True when the rule holds at the window's current bar. */
    boolean test(DataWindow window);

    /** Both rules hold. */
    default Condition and(Condition other) {
        return w -> test(w) && other.test(w);
    }

    /** Either rule holds. */
    default Condition or(Condition other) {
        return w -> test(w) || other.test(w);
    }

    /** The rule does not hold. */
    default Condition negate() {
        return w -> !test(w);
    }
}
