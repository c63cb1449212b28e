package dev.backtester.api.risk;

import dev.backtester.api.Direction;

/**
 * A sized entry on its way to becoming an order.
 *
 * @param symbol         symbol to trade
 * @param direction      side of the new position
 * @param shares         proposed share count, positive
 * @param referencePrice the signal bar's close (traded prices)
 * @param stopPrice      the planned protective stop (traded prices), NaN when none
 * @param time           bar-end time of the signal bar
 */
public record OrderProposal(String symbol, Direction direction, double shares, double referencePrice,
                            double stopPrice, long time) {

    /** The same proposal with another share count. */
    public OrderProposal withShares(double newShares) {
        return new OrderProposal(symbol, direction, newShares, referencePrice, stopPrice, time);
    }

    /** Absolute value of the proposed position at the reference price. */
    public double value() {
        return shares * referencePrice;
    }

    /** What the position would lose if its stop were hit from the reference price; its whole value without a stop. */
    public double risk() {
        return Double.isNaN(stopPrice) ? value() : shares * Math.max(0.0, Math.abs(referencePrice - stopPrice));
    }
}
