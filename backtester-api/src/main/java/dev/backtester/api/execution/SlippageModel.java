package dev.backtester.api.execution;

import dev.backtester.api.DataWindow;

/** How far a fill lands from the quoted price, always against the trader. */
@FunctionalInterface
public interface SlippageModel {

    /**
     * Slippage per share (never negative) for a fill of {@code signedShares} (positive = buy) at
     * {@code price}. The window is positioned at the bar on which the order was decided, so a
     * model can use volatility or volume known then, never the fill bar's later values.
     */
    double slippagePerShare(double price, double signedShares, DataWindow atDecision);

    /**
     * The part of {@link #slippagePerShare} that is market impact (the price moved by the order
     * itself), recorded separately on fills and trades; the default is none.
     */
    default double impactPerShare(double price, double signedShares, DataWindow atDecision) {
        return 0.0;
    }

    /** No slippage. */
    SlippageModel NONE = (price, signedShares, atDecision) -> 0.0;
}
