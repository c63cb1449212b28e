package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;

/**
 * Caps one symbol's position value at a fraction of equity: {@code existing + shares * price <=
 * pctOfEquity * equity}, where {@code existing} is the absolute value of a position already held on
 * the same side (a position on the other side is closed by the entry and does not count). Resizes
 * to the largest share count that fits, vetoes when none does.
 *
 * @param pctOfEquity largest position value as a fraction of equity, in (0, 10] (1 = 100%)
 */
public record MaxPosition(double pctOfEquity) implements RiskRule {

    public MaxPosition {
        if (!(pctOfEquity > 0 && pctOfEquity <= 10)) {
            throw new IllegalArgumentException("maxPosition: pctOfEquity must be in (0, 10], got " + pctOfEquity);
        }
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        double equity = portfolio.equity();
        if (!(equity > 0)) {
            return Room.noEquity(portfolio);
        }
        double existing = Room.sameSide(proposal, portfolio);
        double maxShares = (pctOfEquity * equity - existing) / proposal.referencePrice();
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        double after = (existing + proposal.value()) / equity;
        return Room.fit(proposal, maxShares, "position in " + proposal.symbol() + " " + Checks.percent(after)
                + " of equity would exceed the limit " + Checks.percent(pctOfEquity));
    }
}
