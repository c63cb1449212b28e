package dev.backtester.api.risk;

import dev.backtester.api.Direction;

/**
 * A sized entry on its way to becoming an order.
 *
 * @param symbol         symbol to trade
 * @param direction      side of the new position
 * @param shares         proposed share count, positive
 * @param referencePrice the signal bar's close
 * @param time           bar-end time of the signal bar
 */
public record OrderProposal(String symbol, Direction direction, double shares, double referencePrice, long time) {

    /** The same proposal with another share count. */
    public OrderProposal withShares(double newShares) {
        return new OrderProposal(symbol, direction, newShares, referencePrice, time);
    }
}
