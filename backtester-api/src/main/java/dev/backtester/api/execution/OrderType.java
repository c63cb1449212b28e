package dev.backtester.api.execution;

/**
 * How an order fills against a bar (open O, high H, low L, close C). Prices named below are
 * before slippage; see {@link OrderSpec} for the fill rules in full.
 */
public enum OrderType {
    /** At the fill model's market price of the first bar it may fill on (default: the next bar's open). */
    MARKET,
    /** At the limit price or better: a buy fills when L reaches the limit, at the limit, or at O when O is already below it. */
    LIMIT,
    /** Becomes a market order when the stop is reached: a buy fills at the stop when H reaches it, at O when O gaps above it. */
    STOP,
    /** Becomes a limit order when the stop is reached; fills on the trigger bar only if the trigger price is within the limit. */
    STOP_LIMIT,
    /** At the open of the bar after the decision, whatever the fill model. */
    MARKET_ON_OPEN,
    /**
     * At the close of the decision bar itself. It trades at a price known at the decision (opt-in,
     * like {@link FillModel#SIGNAL_BAR_CLOSE}); runs that fill one are recorded with
     * {@code sameBarFills = true}.
     */
    MARKET_ON_CLOSE;

    /** True for the types that may fill on the bar whose close decided them. */
    public boolean fillsOnDecisionBar() {
        return this == MARKET_ON_CLOSE;
    }
}
