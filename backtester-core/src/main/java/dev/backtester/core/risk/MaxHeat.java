package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;

/**
 * Caps portfolio heat, the open risk to the stops as a fraction of equity:
 * {@code (sum of openRisk + proposal.risk()) / equity <= fraction}. A proposal's risk is its shares
 * times the distance from the reference price to its planned stop, its whole value without a stop,
 * so it scales with the share count and the rule resizes to the largest count that fits (vetoing
 * when none does). A proposal that risks nothing (its stop at the reference price) is approved. The open risk of a position that a reversing entry closes does not count.
 *
 * @param fraction largest heat as a fraction of equity, > 0 (0.06 = 6%)
 */
public record MaxHeat(double fraction) implements RiskRule {

    public MaxHeat {
        Checks.positive("maxHeat", "fraction", fraction);
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        double equity = portfolio.equity();
        if (!(equity > 0)) {
            return Room.noEquity(portfolio);
        }
        boolean reverses = Room.reverses(proposal, portfolio);
        double open = 0;
        for (String held : portfolio.holdings()) {
            if (!(reverses && held.equals(proposal.symbol()))) {
                open += portfolio.openRisk(held);
            }
        }
        double risk = proposal.risk();
        if (!(risk > 0)) {
            // a stop at the reference price adds no heat, whatever the heat already is
            return RiskDecision.approve(proposal);
        }
        double maxShares = (fraction * equity - open) / (risk / proposal.shares());
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        return Room.fit(proposal, maxShares, "heat " + Checks.percent((open + risk) / equity)
                + " would exceed the limit " + Checks.percent(fraction));
    }
}
