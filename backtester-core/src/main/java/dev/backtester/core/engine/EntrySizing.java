package dev.backtester.core.engine;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Direction;
import dev.backtester.api.Strategy;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.OrderEvent.Reason;
import dev.backtester.api.risk.OrderProposal;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.risk.RiskDecision;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.api.sizing.TradeHistory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an entry signal into a share count: regime filter, then the sizer, then rounding, then
 * the risk rules in order. Zero means the entry does not happen; {@link #reason()} and
 * {@link #detail()} then say why, for the rejection event (the regime's label, the risk rule's
 * reason). The regime seen is kept for the trade. With the journal on, each step is recorded under
 * the trade id the entry will have.
 */
final class EntrySizing implements SizingContext {
    // details are constant or given strings: a rejection can come on every bar, so it must not format numbers
    private static final String ZERO_SHARES = "the sizer asked for less than one share (its figure is the event's shares)";
    private final PositionSizer sizer;
    private final String sizerName;
    private final RegimeFilter regimeFilter;
    private final RiskRule[] riskRules;
    // journal texts, built once per run: a component's toString can cost more than the decision itself
    private final String[] ruleNames;
    private final String classifierName;
    private final String allowedText;
    private final boolean fractional;
    private final Account account;
    private final AccountView portfolio;
    private final ClosedTrades history;
    private final Journal journal;
    private DataWindow window;
    private Direction direction;
    private double price;
    private double stop = Double.NaN;
    private Reason reason = Reason.NONE;
    private String detail = "";
    private double wanted;
    private String regime = "";
    private double regimeConfidence = Double.NaN;
    /** Figures the sizer explained in the current call; only filled with the journal on. */
    private Map<String, Double> explained;
    private long tradeId;

    EntrySizing(Strategy strategy, Account account, AccountView portfolio, ClosedTrades history, List<RiskRule> runRules,
                Journal journal) {
        this.sizer = strategy.sizer().forRun();
        this.sizerName = journal.on ? Journal.describe(sizer) : "";
        this.regimeFilter = strategy.regimeFilter().orElse(null);
        // exit rules approve every entry unless they override review; they stay in the chain for the record
        this.riskRules = runRules.toArray(new RiskRule[0]);
        this.ruleNames = new String[riskRules.length];
        for (int k = 0; k < riskRules.length; k++) {
            ruleNames[k] = journal.on ? Journal.describe(riskRules[k]) : "";
        }
        this.classifierName = regimeFilter != null && journal.on ? Journal.describe(regimeFilter.classifier()) : "";
        this.allowedText = regimeFilter != null && journal.on
                ? " (allowed " + regimeFilter.allowed() + " at confidence >= " + regimeFilter.minConfidence() + ")" : "";
        this.fractional = strategy.fractionalShares();
        this.account = account;
        this.portfolio = portfolio;
        this.history = history;
        this.journal = journal;
    }

    /** The run's sizer (its per-run instance). */
    PositionSizer sizer() {
        return sizer;
    }

    /** The run's risk rules (their per-run instances), in order. */
    RiskRule[] rules() {
        return riskRules;
    }

    /**
     * Shares for a new {@code side} position at the window's bar, 0 to skip; {@code tradedClose} is the
     * bar's close in traded prices, the sizer's reference price, and {@code plannedStop} the protective
     * stop planned for it (traded prices, NaN for none). Journal records go under {@code trade}.
     */
    double shares(DataWindow at, Direction side, double tradedClose, double plannedStop, long trade) {
        reason = Reason.NONE;
        detail = "";
        wanted = 0;
        tradeId = trade;
        if (regimeFilter != null) {
            Regime seen = regimeFilter.classifier().classify(at);
            regime = seen.label();
            regimeConfidence = seen.confidence();
            boolean allowed = regimeFilter.allows(seen);
            if (journal.on) {
                journal.record(at.time(), at.symbol(), trade, Kind.REGIME, classifierName,
                        seen.label() + (allowed ? " allowed" : " not allowed") + allowedText,
                        "confidence", seen.confidence());
            }
            if (!allowed) {
                return skip(Reason.REGIME_FILTER, seen.label());
            }
        }
        wanted = ask(at, side, tradedClose, plannedStop);
        double shares = round(wanted);
        if (!(shares > 0)) {
            return skip(Reason.ZERO_SHARES, ZERO_SHARES);
        }
        if (riskRules.length > 0) {
            shares = review(new OrderProposal(at.symbol(), side, shares, tradedClose, plannedStop, at.time()));
        }
        return shares;
    }

    /** What the sizer gives a position held on {@code side} now, rounded; for rebalancing. */
    double target(DataWindow at, Direction side, double tradedClose, double stopInForce, long trade) {
        tradeId = trade;
        return round(ask(at, side, tradedClose, stopInForce));
    }

    /** Reviews an increase of a held position by the risk rules; the shares they leave. */
    double reviewIncrease(DataWindow at, Direction side, double shares, double tradedClose, double stopInForce,
                          long trade) {
        tradeId = trade;
        return review(new OrderProposal(at.symbol(), side, shares, tradedClose, stopInForce, at.time()));
    }

    private double ask(DataWindow at, Direction side, double tradedClose, double plannedStop) {
        this.window = at;
        this.direction = side;
        this.price = tradedClose;
        this.stop = plannedStop;
        if (journal.on) {
            explained = new LinkedHashMap<>();
        }
        double asked = sizer.shares(this);
        if (journal.on) {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("shares", asked);
            figures.put("price", tradedClose);
            figures.put("stop", plannedStop);
            figures.put("equity", account.equity());
            figures.putAll(explained);
            journal.record(at.time(), at.symbol(), tradeId, Kind.SIZING, sizerName, side.name(), figures);
            explained = null;
        }
        return asked;
    }

    private double review(OrderProposal proposal) {
        OrderProposal current = proposal;
        for (int k = 0; k < riskRules.length; k++) {
            RiskDecision decision = riskRules[k].review(current, portfolio);
            double after = decision.verdict() == RiskDecision.Verdict.VETO ? 0 : round(decision.shares());
            if (journal.on) {
                journal(ruleNames[k], current, decision, after);
            }
            if (after == 0) {
                return skip(Reason.RISK_VETO, decision.reason());
            }
            current = current.withShares(after);
        }
        return current.shares();
    }

    private void journal(String rule, OrderProposal proposal, RiskDecision decision, double after) {
        Kind kind = switch (decision.verdict()) {
            case APPROVE -> Kind.RISK_APPROVED;
            case RESIZE -> after == 0 ? Kind.RISK_VETOED : Kind.RISK_RESIZED;
            case VETO -> Kind.RISK_VETOED;
        };
        journal.record(proposal.time(), proposal.symbol(), tradeId, kind, rule, decision.reason(),
                "shares_before", proposal.shares(), "shares_after", after);
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
        if (explained != null) {
            explained.put(key, value);
        }
    }
}
