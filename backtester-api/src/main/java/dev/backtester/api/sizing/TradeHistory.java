package dev.backtester.api.sizing;

/**
 * The strategy's closed trades so far in the current run, across all symbols, oldest first. Read by
 * index so that sizers such as Kelly can scan it without allocating.
 */
public interface TradeHistory {

    /** Number of closed trades. */
    int count();

    /** Net profit of trade {@code k} (after commission, borrow fees and dividends), 0 = oldest. */
    double netPnl(int k);

    /** Net profit of trade {@code k} divided by its entry value: the trade's return. */
    double netReturn(int k);

    /** Holding time of trade {@code k} in years of 365.25 days, from entry fill to exit fill. */
    double yearsHeld(int k);
}
