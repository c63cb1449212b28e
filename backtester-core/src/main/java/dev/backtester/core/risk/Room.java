package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;

/** What the limit rules share: the position an entry adds to or replaces, and the resize-or-veto verdict. */
final class Room {
    private Room() {
    }

    /**
     * Absolute value of the position already held in the proposal's symbol on the proposal's side,
     * which the entry adds to; 0 when flat or on the other side.
     */
    static double sameSide(OrderProposal proposal, PortfolioView portfolio) {
        double value = portfolio.marketValue(proposal.symbol());
        return value * proposal.direction().sign() > 0 ? Math.abs(value) : 0;
    }

    /** True when the entry reverses a position on the other side, which is closed before it opens. */
    static boolean reverses(OrderProposal proposal, PortfolioView portfolio) {
        return portfolio.position(proposal.symbol()) * proposal.direction().sign() < 0;
    }

    /**
     * Approves when {@code maxShares} covers the proposal, else resizes to {@code maxShares} or, when
     * nothing fits, vetoes; {@code breach} says which limit the full proposal would break.
     */
    static RiskDecision fit(OrderProposal proposal, double maxShares, String breach) {
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        if (maxShares > 0) {
            return RiskDecision.resize(maxShares, breach + "; resized to " + Checks.shares(maxShares) + " shares");
        }
        return RiskDecision.veto(breach + "; no room left for " + proposal.symbol());
    }

    /** The veto every limit gives when equity is gone: no fraction of it can be allowed. */
    static RiskDecision noEquity(PortfolioView portfolio) {
        return RiskDecision.veto("equity " + Checks.money(portfolio.equity()) + " is not positive");
    }
}
