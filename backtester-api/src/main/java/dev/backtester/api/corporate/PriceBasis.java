package dev.backtester.api.corporate;

/**
 * Which prices signal logic and indicators see. Orders always trade at the bars' own (raw) prices.
 */
public enum PriceBasis {
    /** The bars' open, high, low and close as loaded (default). */
    RAW,
    /**
     * Open, high, low and close multiplied by each bar's adjustment factor, adjusted close / close, so
     * that dividends (and splits, where the close is not already split-adjusted) leave no gaps. Needs
     * an adjusted-close column; volume is left as it is.
     */
    ADJUSTED
}
