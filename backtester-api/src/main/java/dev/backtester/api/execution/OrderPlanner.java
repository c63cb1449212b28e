package dev.backtester.api.execution;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;

/**
 * Decides what order an entry signal becomes: type, prices, time in force, bracket. Called at the
 * close of the decision bar with the window there, after sizing. Exits decided by signals are always
 * market orders; exits of a bracket are its own.
 *
 * <p>Prices are in the price basis of the window (adjusted prices when the run uses adjusted signal
 * prices; the engine converts them to traded prices with that bar's adjustment factor).
 */
@FunctionalInterface
public interface OrderPlanner {

    /** The order for a new {@code side} position decided at the window's bar. */
    OrderSpec plan(DataWindow atDecision, Direction side);

    /** Every entry is a market order (the default). */
    OrderPlanner MARKET = (atDecision, side) -> OrderSpec.MARKET;
}
