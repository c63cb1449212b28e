package dev.backtester.api.result;

/** Why a trade was closed. */
public enum ExitReason {
    /** Signal logic asked for flat or for the opposite side. */
    SIGNAL,
    /** The bracket's stop-loss filled. */
    STOP_LOSS,
    /** The bracket's take-profit filled. */
    TAKE_PROFIT,
    /** The bracket's time limit ran out and the position was closed at market. */
    EXPIRED,
    /** Still open at the last bar: valued at the last close, not closed by any order. */
    END_OF_DATA
}
