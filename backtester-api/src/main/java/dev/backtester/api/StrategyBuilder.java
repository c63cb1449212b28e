package dev.backtester.api;

import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.IntrabarPriority;
import dev.backtester.api.execution.OrderPlanner;
import dev.backtester.api.execution.SlippageModel;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.regime.RegimeSelection;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Declares a strategy step by step and builds an immutable {@link Strategy}.
 *
 * <pre>{@code
 * StrategyBuilder b = StrategyBuilder.named("sma-cross");
 * Series fast = b.indicator(Indicators.sma(10)), slow = b.indicator(Indicators.sma(30));
 * Strategy s = b.entryLong(w -> w.crossedAbove(fast, slow))
 *               .exitLong(w -> w.crossedBelow(fast, slow))
 *               .sizing(Sizers.percentOfEquity(0.95))
 *               .commission(Commissions.percentOfValue(0.001))
 *               .build();
 * }</pre>
 *
 * Signals come either from one {@link SignalLogic} ({@link #signals}) or from entry and exit
 * conditions ({@link #entryLong}, {@link #exitLong}, {@link #entryShort}, {@link #exitShort}),
 * not both. Defaults: market orders filled at the next bar's open, no volume limit, no commission,
 * no slippage, stop before target when both are reached in one bar, whole shares, warm-up equal to
 * the longest indicator look-back (including indicators that sizers, risk rules and regime
 * classifiers declare through {@link UsesIndicators}). A builder is not thread-safe; the strategy it
 * builds is immutable.
 */
public final class StrategyBuilder {
    private final String name;
    private final List<DeclaredIndicator> indicators = new ArrayList<>();
    /** Outputs of the indicators first declared by sizers, risk rules and regime classifiers. */
    private final List<Series> componentSeries = new ArrayList<>();
    private final Map<String, Object> handlesById = new HashMap<>();
    private final Object handleOwner = new Object();
    private int nextSlot = Series.PRICE_SLOTS;
    private SignalLogic signalLogic;
    private Condition entryLong;
    private Condition exitLong;
    private Condition entryShort;
    private Condition exitShort;
    private PositionSizer sizer;
    private final List<RiskRule> riskRules = new ArrayList<>();
    private RegimeFilter regimeFilter;
    private CommissionModel commission = CommissionModel.NONE;
    private SlippageModel slippage = SlippageModel.NONE;
    private FillModel fillModel = FillModel.NEXT_BAR_OPEN;
    private OrderPlanner entryOrders = OrderPlanner.MARKET;
    private IntrabarPriority intrabarPriority = IntrabarPriority.STOP_FIRST;
    private double volumeLimit;
    private boolean fractionalShares;
    private int warmupBars = -1;

    private StrategyBuilder(String name) {
        this.name = name;
    }

    /** Starts a strategy with a name used in results and logs. */
    public static StrategyBuilder named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("strategy name must not be blank");
        }
        return new StrategyBuilder(name);
    }

    /**
     * Declares an indicator and returns its typed handle. Declaring an equal spec (same id) twice
     * returns the same handle, so the values are computed once.
     */
    @SuppressWarnings("unchecked")
    public <H> H indicator(IndicatorSpec<H> spec) {
        Objects.requireNonNull(spec, "spec");
        Object existing = handlesById.get(spec.id());
        if (existing != null) {
            return (H) existing;
        }
        List<String> names = spec.outputNames();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("indicator " + spec.id() + " declares no outputs");
        }
        List<Series> outputs = new ArrayList<>(names.size());
        for (String output : names) {
            String label = names.size() == 1 ? spec.id() : spec.id() + "." + output;
            outputs.add(new Series(label, nextSlot++, handleOwner));
        }
        indicators.add(new DeclaredIndicator(spec, outputs));
        H handle = Objects.requireNonNull(spec.bind(List.copyOf(outputs)), "bind() of " + spec.id() + " returned null");
        handlesById.put(spec.id(), handle);
        return handle;
    }

    /**
     * Uses one signal logic for all entries and exits. A logic that implements {@link UsesIndicators}
     * declares its indicators here.
     */
    public StrategyBuilder signals(SignalLogic logic) {
        this.signalLogic = bind(Objects.requireNonNull(logic, "logic"), SignalLogic.class);
        return this;
    }

    /** Opens a long position (reversing a short one) when {@code condition} holds. */
    public StrategyBuilder entryLong(Condition condition) {
        this.entryLong = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /** Closes a long position when {@code condition} holds. */
    public StrategyBuilder exitLong(Condition condition) {
        this.exitLong = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /** Opens a short position (reversing a long one) when {@code condition} holds. */
    public StrategyBuilder entryShort(Condition condition) {
        this.entryShort = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /** Closes a short position when {@code condition} holds. */
    public StrategyBuilder exitShort(Condition condition) {
        this.exitShort = Objects.requireNonNull(condition, "condition");
        return this;
    }

    /** How many shares each new position gets. Required. */
    public StrategyBuilder sizing(PositionSizer sizer) {
        this.sizer = bindComponent(Objects.requireNonNull(sizer, "sizer"), PositionSizer.class);
        return this;
    }

    /**
     * Appends risk rules: entry reviews ({@link RiskRule}) and protective exits
     * ({@link dev.backtester.api.risk.ExitRule}); entries are reviewed in the order added.
     */
    public StrategyBuilder risk(RiskRule... rules) {
        for (RiskRule rule : rules) {
            riskRules.add(bindComponent(Objects.requireNonNull(rule, "risk rule"), RiskRule.class));
        }
        return this;
    }

    /** Allows entries only in the regimes the filter accepts. */
    public StrategyBuilder regime(RegimeFilter filter) {
        Objects.requireNonNull(filter, "filter");
        RegimeClassifier classifier = bindComponent(filter.classifier(), RegimeClassifier.class);
        this.regimeFilter = new RegimeFilter(classifier, filter.allowed(), filter.minConfidence());
        return this;
    }

    /**
     * Allows entries only in the selected regimes with at least {@code minConfidence}, e.g.
     * {@code regime(Regimes.allow("bull", "neutral"), 0.8)}.
     */
    public StrategyBuilder regime(RegimeSelection selection, double minConfidence) {
        return regime(Objects.requireNonNull(selection, "selection").atConfidence(minConfidence));
    }

    /**
     * {@link #bind} for a sizer, risk rule or regime classifier: the outputs of the indicators it
     * declares first are remembered as {@link Strategy#componentSeries()}.
     */
    private <T> T bindComponent(T component, Class<T> type) {
        int declaredBefore = indicators.size();
        T bound = bind(component, type);
        for (int k = declaredBefore; k < indicators.size(); k++) {
            componentSeries.addAll(indicators.get(k).outputs());
        }
        return bound;
    }

    /** The component itself, or the copy bound to the indicators it declares on this builder. */
    private <T> T bind(T component, Class<T> type) {
        if (!(component instanceof UsesIndicators<?> user)) {
            return component;
        }
        Object bound = Objects.requireNonNull(user.declareOn(this), "declareOn() of " + component + " returned null");
        if (!type.isInstance(bound)) {
            throw new IllegalStateException("declareOn() of " + component + " returned a " + bound.getClass().getName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(bound);
    }

    /** The commission model (default none). */
    public StrategyBuilder commission(CommissionModel model) {
        this.commission = Objects.requireNonNull(model, "model");
        return this;
    }

    /** The slippage model (default none). */
    public StrategyBuilder slippage(SlippageModel model) {
        this.slippage = Objects.requireNonNull(model, "model");
        return this;
    }

    /** The fill model (default {@link FillModel#NEXT_BAR_OPEN}). */
    public StrategyBuilder fills(FillModel model) {
        this.fillModel = Objects.requireNonNull(model, "model");
        return this;
    }

    /**
     * What order each entry becomes: limit, stop, stop-limit, market-on-open or -close, with a time in
     * force and an optional bracket (default: {@link OrderPlanner#MARKET}). Exits decided by signals
     * stay market orders.
     */
    public StrategyBuilder entryOrders(OrderPlanner planner) {
        this.entryOrders = Objects.requireNonNull(planner, "planner");
        return this;
    }

    /** Which bracket exit fills when its stop and target are both reached inside one bar (default stop first). */
    public StrategyBuilder intrabar(IntrabarPriority priority) {
        this.intrabarPriority = Objects.requireNonNull(priority, "priority");
        return this;
    }

    /**
     * Limits the fills of each symbol to {@code maxShareOfVolume} of each bar's volume; the rest of an
     * order carries to the next bars as partial fills until it is filled, cancelled or expires.
     *
     * @throws IllegalArgumentException unless {@code 0 < maxShareOfVolume <= 1}
     */
    public StrategyBuilder volumeLimit(double maxShareOfVolume) {
        if (!(maxShareOfVolume > 0 && maxShareOfVolume <= 1)) {
            throw new IllegalArgumentException("volumeLimit must be in (0, 1], got " + maxShareOfVolume);
        }
        this.volumeLimit = maxShareOfVolume;
        return this;
    }

    /** Allows fractional share counts (default: whole shares, sizes rounded down). */
    public StrategyBuilder fractionalShares(boolean allowed) {
        this.fractionalShares = allowed;
        return this;
    }

    /** First bar index at which signal logic runs (default: the longest declared look-back). */
    public StrategyBuilder warmup(int bars) {
        if (bars < 0) {
            throw new IllegalArgumentException("warmup must be >= 0 bars, got " + bars);
        }
        this.warmupBars = bars;
        return this;
    }

    /**
     * Builds the strategy.
     *
     * @throws IllegalStateException when signals or sizing are missing, or both signal styles are used
     */
    public Strategy build() {
        boolean conditions = entryLong != null || exitLong != null || entryShort != null || exitShort != null;
        if (signalLogic != null && conditions) {
            throw new IllegalStateException("strategy " + name
                    + ": use either signals(...) or entry/exit conditions, not both");
        }
        if (signalLogic == null && entryLong == null && entryShort == null) {
            throw new IllegalStateException("strategy " + name
                    + ": no signals declared; call signals(...) or entryLong(...)/entryShort(...)");
        }
        if (sizer == null) {
            throw new IllegalStateException("strategy " + name
                    + ": no position sizer; call sizing(...), e.g. sizing(Sizers.percentOfEquity(0.95))");
        }
        SignalLogic logic = signalLogic != null ? signalLogic
                : new ConditionSignals(entryLong, exitLong, entryShort, exitShort);
        int warmup = warmupBars;
        if (warmup < 0) {
            warmup = 0;
            for (DeclaredIndicator d : indicators) {
                warmup = Math.max(warmup, d.spec().lookback());
            }
        }
        return new Strategy(name, handleOwner, indicators, componentSeries, logic, sizer, riskRules, regimeFilter,
                commission, slippage, fillModel, entryOrders, intrabarPriority, volumeLimit, fractionalShares, warmup);
    }
}
