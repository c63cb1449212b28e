package dev.backtester.api.result;

/** Why a trade was closed. */
public enum ExitReason {
    /** Signal logic asked for flat or for the opposite side. */
    SIGNAL,
    /** The protective stop filled at its initial level. */
    STOP_LOSS,
    /** The protective stop filled after a trailing rule had moved it. */
    TRAILING_STOP,
    /** The bracket's take-profit filled. */
    TAKE_PROFIT,
    /** The bracket's time limit ran out and the position was closed at market. */
    EXPIRED,
    /** A risk rule (circuit breaker, loss limit) closed every position. */
    RISK_LIMIT,
    /** Still open at the last bar: valued at the last close, not closed by any order. */
    END_OF_DATA
}
