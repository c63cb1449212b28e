package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.Strategy;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an entry signal into a share count: regime filter, then the sizer, then rounding, then
 * the risk rules in order. Zero means the entry does not happen.
 */
final class EntrySizing implements SizingContext {
    private static final Logger LOG = LoggerFactory.getLogger(EntrySizing.class);

    private final PositionSizer sizer;
    private final RegimeFilter regimeFilter;
    private final RiskRule[] riskRules;
    private final boolean fractional;
    private final Account account;
    private final PortfolioView portfolio;
    private final String strategyName;
    private DataWindow window;
    private Direction direction;

    EntrySizing(Strategy strategy, Account account, PortfolioView portfolio) {
        this.sizer = strategy.sizer();
        this.regimeFilter = strategy.regimeFilter().orElse(null);
        List<RiskRule> rules = strategy.riskRules();
        this.riskRules = rules.toArray(new RiskRule[0]);
        this.fractional = strategy.fractionalShares();
        this.account = account;
        this.portfolio = portfolio;
        this.strategyName = strategy.name();
    }

    /** Shares for a new {@code side} position at the window's bar, 0 to skip. */
    double shares(DataWindow at, Direction side) {
        if (regimeFilter != null && !regimeFilter.allows(regimeFilter.classifier().classify(at))) {
            return 0;
        }
        this.window = at;
        this.direction = side;
        double shares = round(sizer.shares(this));
        if (riskRules.length > 0 && shares > 0) {
            shares = review(new OrderProposal(at.symbol(), side, shares, at.close(), at.time()));
        }
        return shares;
    }

    private double review(OrderProposal proposal) {
        OrderProposal current = proposal;
        for (RiskRule rule : riskRules) {
            RiskDecision decision = rule.review(current, portfolio);
            if (decision.verdict() == RiskDecision.Verdict.VETO || decision.shares() == 0) {
                LOG.atDebug().addKeyValue("event", "risk_veto").addKeyValue("strategy", strategyName)
                        .addKeyValue("symbol", current.symbol()).addKeyValue("reason", decision.reason()).log("entry vetoed");
                return 0;
            }
            current = current.withShares(round(decision.shares()));
        }
        return current.shares();
    }

    double round(double shares) {
        if (!(shares > 0) || Double.isInfinite(shares)) {
            return 0;
        }
        return fractional ? shares : Math.floor(shares);
    }

    @Override
    public DataWindow window() {
        return window;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public double equity() {
        return account.equity();
    }

    @Override
    public double cash() {
        return account.cash();
    }

    @Override
    public double price() {
        return window.close();
    }
}
