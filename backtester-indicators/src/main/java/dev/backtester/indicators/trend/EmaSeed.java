package dev.backtester.indicators.trend;

/** How an exponential moving average gets its first value. */
public enum EmaSeed {
    /**
     * TA-Lib's convention (the default): the first output, at bar {@code period-1}, is the
     * simple average of the first {@code period} inputs; lookback {@code period-1}.
     */
    SMA,
    /**
     * The first output, at bar 0, is the first input itself; lookback 0. Early values lean
     * heavily on the first bar.
     */
    FIRST_VALUE
}
