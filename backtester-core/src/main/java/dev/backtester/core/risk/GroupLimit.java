package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import java.util.Map;

/**
 * Caps the gross value held in each group of symbols (a sector, an asset class) at a fraction of
 * equity: {@code sum of |value| of the group's holdings + shares * price <= maxPctOfEquity * equity}.
 * A position in the symbol on the other side, which the entry closes, does not count. Resizes to the
 * largest share count that fits, vetoes when none does. Symbols without a group are not limited.
 *
 * @param groupOfSymbol  group name by symbol
 * @param maxPctOfEquity largest gross value of one group as a fraction of equity, in (0, 10]
 */
public record GroupLimit(Map<String, String> groupOfSymbol, double maxPctOfEquity) implements RiskRule {

    public GroupLimit {
        groupOfSymbol = Map.copyOf(groupOfSymbol);
        if (!(maxPctOfEquity > 0 && maxPctOfEquity <= 10)) {
            throw new IllegalArgumentException("groupLimit: maxPctOfEquity must be in (0, 10], got " + maxPctOfEquity);
        }
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        String group = groupOfSymbol.get(proposal.symbol());
        if (group == null) {
            return RiskDecision.approve(proposal);
        }
        double equity = portfolio.equity();
        if (!(equity > 0)) {
            return Room.noEquity(portfolio);
        }
        boolean reverses = Room.reverses(proposal, portfolio);
        double held = 0;
        for (String symbol : portfolio.holdings()) {
            if (group.equals(groupOfSymbol.get(symbol)) && !(reverses && symbol.equals(proposal.symbol()))) {
                held += Math.abs(portfolio.marketValue(symbol));
            }
        }
        double maxShares = (maxPctOfEquity * equity - held) / proposal.referencePrice();
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        return Room.fit(proposal, maxShares, "group " + group + " " + Checks.percent((held + proposal.value()) / equity)
                + " of equity would exceed the limit " + Checks.percent(maxPctOfEquity));
    }
}
