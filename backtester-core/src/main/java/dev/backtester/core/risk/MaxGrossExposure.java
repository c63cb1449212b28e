package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;

/**
 * Caps gross exposure (the sum of absolute position values) at a multiple of equity:
 * {@code gross - reversed + shares * price <= multipleOfEquity * equity}, where {@code reversed} is the
 * value of a position on the other side that the entry closes. Resizes to the largest share count
 * that fits, vetoes when none does.
 *
 * @param multipleOfEquity largest gross exposure as a multiple of equity, > 0 (1.5 = 150%)
 */
public record MaxGrossExposure(double multipleOfEquity) implements RiskRule {

    public MaxGrossExposure {
        Checks.positive("maxGrossExposure", "multipleOfEquity", multipleOfEquity);
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        double equity = portfolio.equity();
        if (!(equity > 0)) {
            return Room.noEquity(portfolio);
        }
        double base = portfolio.grossExposure();
        if (Room.reverses(proposal, portfolio)) {
            base -= Math.abs(portfolio.marketValue(proposal.symbol()));
        }
        double maxShares = (multipleOfEquity * equity - base) / proposal.referencePrice();
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        return Room.fit(proposal, maxShares, "gross exposure " + Checks.ratio((base + proposal.value()) / equity)
                + " would exceed the limit " + Checks.ratio(multipleOfEquity));
    }
}
