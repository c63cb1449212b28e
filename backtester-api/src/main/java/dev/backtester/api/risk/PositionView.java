package dev.backtester.api.risk;

import dev.backtester.api.Direction;

/**
 * The position an {@link ExitRule} protects, in the window's (signal) prices. At the entry decision
 * it is the planned position: {@link #entryPrice()} is the signal bar's close and
 * {@link #barsHeld()} is 0; once filled, the average entry price.
 */
public interface PositionView {

    /** Side of the position. */
    Direction direction();

    /** Average entry price (the reference price before the fill). */
    double entryPrice();

    /** Bars since the entry fill's bar (0 on the fill bar and before it). */
    int barsHeld();

    /** The stop now in force, NaN when none yet. */
    double stopPrice();
}
