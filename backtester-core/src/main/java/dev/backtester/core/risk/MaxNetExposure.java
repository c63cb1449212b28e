package dev.backtester.core.risk;

import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;

/**
 * Caps net exposure (the sum of signed position values; shorts reduce it) at a multiple of equity in
 * either direction: {@code |net after the entry| <= multipleOfEquity * equity}. An entry is cut only
 * when it pushes the net exposure beyond the limit on its own side: a long entry while the book is
 * net short (or a short while net long) is never cut. The symbol's current position is replaced by
 * a reversing entry and kept by an entry that adds to it. Resizes to the largest share count that
 * fits, vetoes when none does.
 *
 * @param multipleOfEquity largest absolute net exposure as a multiple of equity, > 0
 */
public record MaxNetExposure(double multipleOfEquity) implements RiskRule {

    public MaxNetExposure {
        Checks.positive("maxNetExposure", "multipleOfEquity", multipleOfEquity);
    }

    @Override
    public RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        double equity = portfolio.equity();
        if (!(equity > 0)) {
            return Room.noEquity(portfolio);
        }
        int sign = proposal.direction().sign();
        // net without the symbol, plus what stays of the symbol's position (only a same-side one does)
        double base = portfolio.netExposure() - portfolio.marketValue(proposal.symbol())
                + sign * Room.sameSide(proposal, portfolio);
        // on the entry's side: sign * (base + sign * shares * price) <= limit
        double maxShares = (multipleOfEquity * equity - sign * base) / proposal.referencePrice();
        if (maxShares >= proposal.shares()) {
            return RiskDecision.approve(proposal);
        }
        double after = (base + sign * proposal.value()) / equity;
        return Room.fit(proposal, maxShares, "net exposure " + Checks.ratio(after)
                + " would exceed the limit " + (sign > 0 ? "" : "-") + Checks.ratio(multipleOfEquity));
    }
}
