package dev.backtester.api;

/**
 * A component (sizer, risk rule, regime classifier) that reads indicator values. When it is added
 * to a {@link StrategyBuilder}, the builder calls {@link #declareOn} once; the component declares
 * its indicators there and returns a copy bound to the handles it got back, which is what the
 * strategy keeps. The original stays unbound, so one component value can be added to several
 * strategies. Declared indicators count towards the default warm-up like the strategy's own.
 *
 * @param <T> the component type, returned bound
 */
public interface UsesIndicators<T> {

    /** Declares this component's indicators on {@code builder} and returns the bound component. */
    T declareOn(StrategyBuilder builder);
}
