package dev.backtester.api.execution;

/**
 * Which exit fills when a position's stop-loss and take-profit are both reached inside one bar. Bars
 * do not tell the order in which their high and low happened, so this is an assumption. A gap through
 * either level at the open is not ambiguous: the open comes first, and that leg fills there.
 */
public enum IntrabarPriority {
    /** The stop-loss fills (the pessimistic default). */
    STOP_FIRST,
    /** The take-profit fills (optimistic). */
    TARGET_FIRST,
    /** The level nearer the bar's open fills; equal distance counts as the stop. */
    NEAREST_TO_OPEN
}
