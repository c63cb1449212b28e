package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.Strategy;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.api.sizing.TradeHistory;
import java.util.List;

/**
 * Turns an entry signal into a share count: regime filter, then the sizer, then rounding, then
 * the risk rules in order. Zero means the entry does not happen; {@link #reason()} and
 * {@link #detail()} then say why, for the rejection event (the regime's label, the risk rule's
 * reason). The regime seen is kept for the trade.
 */
final class EntrySizing implements SizingContext {
    // details are constant or given strings: a rejection can come on every bar, so it must not format numbers
    private static final String ZERO_SHARES = "the sizer asked for less than one share (its figure is the event's shares)";
    private final PositionSizer sizer;
    private final RegimeFilter regimeFilter;
    private final RiskRule[] riskRules;
    private final boolean fractional;
    private final Account account;
    private final AccountView portfolio;
    private final ClosedTrades history;
    private DataWindow window;
    private double stop = Double.NaN;
    private Direction direction;
    private double price;
    private Reason reason = Reason.NONE;
    private String detail = "";
    private double wanted;
    private String regime = "";
    private double regimeConfidence = Double.NaN;

    EntrySizing(Strategy strategy, Account account, AccountView portfolio, ClosedTrades history) {
        this.sizer = strategy.sizer().forRun();
        this.history = history;
        this.regimeFilter = strategy.regimeFilter().orElse(null);
        List<RiskRule> rules = strategy.riskRules();
        this.riskRules = new RiskRule[rules.size()];
        for (int k = 0; k < riskRules.length; k++) {
            riskRules[k] = rules.get(k).forRun();
        }
        this.fractional = strategy.fractionalShares();
        this.account = account;
        this.portfolio = portfolio;
    }

    /**
     * Shares for a new {@code side} position at the window's bar, 0 to skip; {@code tradedClose} is the
     * bar's close in traded prices, the sizer's reference price.
     */
    double shares(DataWindow at, Direction side, double tradedClose, double plannedStop) {
        reason = Reason.NONE;
        detail = "";
        wanted = 0;
        if (regimeFilter != null) {
            Regime seen = regimeFilter.classifier().classify(at);
            regime = seen.label();
            regimeConfidence = seen.confidence();
            if (!regimeFilter.allows(seen)) {
                return skip(Reason.REGIME_FILTER, seen.label());
            }
        }
        this.window = at;
        this.direction = side;
        this.price = tradedClose;
        this.stop = plannedStop;
        wanted = sizer.shares(this);
        double shares = round(wanted);
        if (!(shares > 0)) {
            return skip(Reason.ZERO_SHARES, ZERO_SHARES);
        }
        if (riskRules.length > 0) {
            shares = review(new OrderProposal(at.symbol(), side, shares, tradedClose, plannedStop, at.time()));
        }
        return shares;
    }

    private double review(OrderProposal proposal) {
        OrderProposal current = proposal;
        for (RiskRule rule : riskRules) {
            RiskDecision decision = rule.review(current, portfolio);
            if (decision.verdict() == RiskDecision.Verdict.VETO || round(decision.shares()) == 0) {
                return skip(Reason.RISK_VETO, decision.reason());
            }
            current = current.withShares(round(decision.shares()));
        }
        return current.shares();
    }

    private double skip(Reason why, String text) {
        reason = why;
        detail = text;
        return 0;
    }

    /** Why the last call gave 0 shares. */
    Reason reason() {
        return reason;
    }

    /** Detail of {@link #reason()}. */
    String detail() {
        return detail;
    }

    /** What the sizer asked for in the last call, before rounding and risk rules. */
    double wanted() {
        return wanted;
    }

    /** Regime label of the last call; empty without a regime filter. */
    String regime() {
        return regime;
    }

    /** Confidence of {@link #regime()}; NaN without a regime filter. */
    double regimeConfidence() {
        return regimeConfidence;
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
        return price;
    }

    @Override
    public double stopPrice() {
        return stop;
    }

    @Override
    public TradeHistory history() {
        return history;
    }

    @Override
    public PortfolioView portfolio() {
        return portfolio;
    }

    @Override
    public void explain(String key, double value) {
    }
}
