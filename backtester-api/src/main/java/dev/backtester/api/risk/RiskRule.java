package dev.backtester.api.risk;

/**
 * Risk middleware: sees each proposed entry and the portfolio, and approves, resizes or vetoes it.
 * Rules run in the order they were added to the strategy; each sees the proposal as the previous
 * rule left it.
 */
@FunctionalInterface
public interface RiskRule {

    /** Reviews a proposed entry. */
    RiskDecision review(OrderProposal proposal, PortfolioView portfolio);
}
