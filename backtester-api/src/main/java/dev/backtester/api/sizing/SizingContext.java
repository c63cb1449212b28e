package dev.backtester.api.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;

/** What a sizer knows when a new position is decided, at the close of the signal bar. */
public interface SizingContext {

    /** The symbol's data window at the signal bar. */
    DataWindow window();

    /** Side of the position to open. */
    Direction direction();

    /** Account equity at the signal bar's close, before the new position. */
    double equity();

    /** Account cash at the signal bar's close. */
    double cash();

    /** Reference price: the signal bar's close. */
    double price();
}
