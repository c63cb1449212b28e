package dev.backtester.api.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.risk.PortfolioView;

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

    /** Reference price: the signal bar's close, in traded prices. */
    double price();

    /**
     * Protective stop planned for the new position, in the units of {@link #price()}: the tighter of
     * the entry order's bracket stop-loss and the strategy's stop rules, measured from the reference
     * price; NaN when the position will have no stop.
     */
    double stopPrice();

    /** The strategy's closed trades so far in this run. */
    TradeHistory history();

    /** The whole portfolio at the signal bar. */
    PortfolioView portfolio();

    /**
     * Records a figure behind the sizing decision (e.g. {@code kelly_fraction}) in the decision
     * journal. Does nothing when the journal is off; keys should be constants so that nothing is
     * allocated then.
     */
    void explain(String key, double value);
}
