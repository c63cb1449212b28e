package dev.backtester.api.risk;

/**
 * Risk middleware: sees each proposed entry and the portfolio, and approves, resizes or vetoes it
 * with a reason. Rules run in the order they were added to the strategy; each sees the proposal as
 * the previous rule left it. A vetoed proposal stops the chain.
 *
 * <p>A rule that keeps state across a run (a circuit breaker, a daily loss limit) returns a fresh
 * copy from {@link #forRun()} and asks to {@link #observe} the portfolio at the end of every bar
 * time; stateless rules are shared by concurrent runs as they are and cost nothing per bar.
 * Protective exits (stops, targets, time stops) are {@link ExitRule}s.
 */
@FunctionalInterface
public interface RiskRule {

    /** Reviews a proposed entry. */
    RiskDecision review(OrderProposal proposal, PortfolioView portfolio);

    /** The instance one run uses: this one unless the rule keeps per-run state. */
    default RiskRule forRun() {
        return this;
    }

    /** True when {@link #observe} must be called at the end of every bar time. */
    default boolean observesBars() {
        return false;
    }

    /**
     * Sees the portfolio once the bars of a time are marked and that time's signals are decided (only
     * when {@link #observesBars()}): what it decides here affects entries from the next bar time on.
     * Returning true closes every open position: market exits decided at this close that fill at each
     * symbol's next bar. The engine calls it on the instance {@link #forRun()} returned, the same one
     * that reviews the run's entries.
     */
    default boolean observe(PortfolioView portfolio) {
        return false;
    }
}
