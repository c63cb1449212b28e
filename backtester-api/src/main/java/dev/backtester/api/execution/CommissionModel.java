package dev.backtester.api.execution;

/** Broker commission for one fill. */
@FunctionalInterface
public interface CommissionModel {

    /**
     * Commission in account currency (never negative) for a fill of {@code shares} (positive,
     * whichever the side) at {@code price}.
     */
    double commission(double shares, double price);

    /** No commission. */
    CommissionModel NONE = (shares, price) -> 0.0;
}
