package dev.backtester.api.execution;

/**
 * What happens when a fill would break the account's buying power or leverage limit. Either way the
 * run records an order event ({@code RESIZED} or {@code REJECTED} with the reason) and logs it.
 */
public enum InsufficientFunds {
    /** Cut the fill to the largest share count the account can carry; reject if that is zero (default). */
    RESIZE,
    /** Reject the order and leave the account as it is. */
    REJECT
}
