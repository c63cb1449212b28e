package dev.backtester.core.calendar;

/** What happens to an intraday bar that ends outside every session of a {@link TradingCalendar}. */
public enum OutOfSessionPolicy {
    /** The bar is removed from the series and listed in the validation report. */
    DROP,
    /**
     * The bar stays in the series (signal logic sees it) but never counts towards a session-based
     * higher-timeframe bar, so a daily bar is always the regular session.
     */
    KEEP,
    /** Any such bar fails with an error naming the symbol, the bar and its local time. */
    FAIL
}
