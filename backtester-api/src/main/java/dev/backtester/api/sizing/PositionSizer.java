package dev.backtester.api.sizing;

/**
 * Decides how many shares a new position gets. A sizer that keeps state across a run (e.g. a
 * rebalancing schedule) returns a fresh copy from {@link #forRun()}; stateless sizers are shared by
 * concurrent runs as they are.
 */
@FunctionalInterface
public interface PositionSizer {

    /**
     * Shares to open (zero or positive; zero skips the entry). The engine rounds down to whole
     * shares unless the strategy allows fractional shares.
     */
    double shares(SizingContext context);

    /** The instance one run uses: this one unless the sizer keeps per-run state. */
    default PositionSizer forRun() {
        return this;
    }

    /**
     * When positions already held are resized to what this sizer would give them now (default never).
     * Risk-parity sizers rebalance; the others size new positions only.
     */
    default RebalanceSchedule rebalance() {
        return RebalanceSchedule.NEVER;
    }
}
