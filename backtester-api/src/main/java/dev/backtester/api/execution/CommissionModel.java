package dev.backtester.api.execution;

/**
 * Broker commission for one fill. The engine charges each fill (one bar's execution of an order) as
 * one order of the broker's schedule, so per-order minimums and maximums apply per fill.
 *
 * <p>A model whose charge depends on earlier fills (volume tiers) keeps that state in the instance
 * returned by {@link #newRunState()}: the engine asks for a fresh one at the start of every run, so
 * runs, also concurrent ones, never share it. Stateless models return themselves.
 */
@FunctionalInterface
public interface CommissionModel {

    /**
     * Commission in account currency (never negative) for a fill of {@code shares} (positive,
     * whichever the side) at {@code price}, given the fills recorded so far.
     */
    double commission(double shares, double price);

    /**
     * Commission for a fill at bar-end time {@code fillTime}. Models with calendar state (a monthly
     * volume tier) use the time; the default ignores it.
     */
    default double commission(double shares, double price, long fillTime) {
        return commission(shares, price);
    }

    /** Records a completed fill, for models whose charge depends on earlier fills; the default does nothing. */
    default void record(double shares, double price, long fillTime) {
    }

    /** The instance to use for one run: a fresh copy of any mutable state, or {@code this} when there is none. */
    default CommissionModel newRunState() {
        return this;
    }

    /** No commission. */
    CommissionModel NONE = (shares, price) -> 0.0;
}
