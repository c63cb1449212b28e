package dev.backtester.api;

import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.IntrabarPriority;
import dev.backtester.api.execution.OrderPlanner;
import dev.backtester.api.execution.SlippageModel;
import dev.backtester.api.regime.RegimeFilter;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, fully declared strategy: indicators, signal logic, sizing, risk rules, regime
 * filter and execution models. Made by {@link StrategyBuilder}; run by the engine in
 * backtester-core. One strategy can be run many times, also concurrently.
 */
public final class Strategy {
    private final String name;
    private final Object handleOwner;
    private final List<DeclaredIndicator> indicators;
    private final List<Series> series;
    private final List<Series> componentSeries;
    private final SignalLogic signalLogic;
    private final PositionSizer sizer;
    private final List<RiskRule> riskRules;
    private final RegimeFilter regimeFilter;
    private final CommissionModel commission;
    private final SlippageModel slippage;
    private final FillModel fillModel;
    private final OrderPlanner entryOrders;
    private final IntrabarPriority intrabarPriority;
    private final double volumeLimit;
    private final boolean fractionalShares;
    private final int warmupBars;

    Strategy(String name, Object handleOwner, List<DeclaredIndicator> indicators, List<Series> componentSeries,
             SignalLogic signalLogic, PositionSizer sizer,
             List<RiskRule> riskRules, RegimeFilter regimeFilter, CommissionModel commission,
             SlippageModel slippage, FillModel fillModel, OrderPlanner entryOrders, IntrabarPriority intrabarPriority,
             double volumeLimit, boolean fractionalShares, int warmupBars) {
        this.name = name;
        this.handleOwner = handleOwner;
        this.indicators = List.copyOf(indicators);
        List<Series> all = new ArrayList<>(List.of(Series.OPEN, Series.HIGH, Series.LOW, Series.CLOSE, Series.VOLUME));
        for (DeclaredIndicator d : this.indicators) {
            all.addAll(d.outputs());
        }
        this.series = List.copyOf(all);
        this.componentSeries = List.copyOf(componentSeries);
        this.signalLogic = signalLogic;
        this.sizer = sizer;
        this.riskRules = List.copyOf(riskRules);
        this.regimeFilter = regimeFilter;
        this.commission = commission;
        this.slippage = slippage;
        this.fillModel = fillModel;
        this.entryOrders = entryOrders;
        this.intrabarPriority = intrabarPriority;
        this.volumeLimit = volumeLimit;
        this.fractionalShares = fractionalShares;
        this.warmupBars = warmupBars;
    }

    /** The strategy's name. */
    public String name() { return name; }

    /** Identity token carried by every indicator handle of this strategy ({@link Series#owner()}). */
    public Object handleOwner() { return handleOwner; }

    /** Declared indicators in declaration order. */
    public List<DeclaredIndicator> indicators() { return indicators; }

    /**
     * Every readable column handle, indexed by slot: the five price fields, then each indicator's
     * outputs in declaration order. {@code series().get(s.slot()) == s} for every handle of this strategy.
     */
    public List<Series> series() { return series; }

    /**
     * The outputs of the indicators that the sizer, the risk rules or the regime classifier declared
     * (and the strategy had not declared before them), in declaration order: columns read when an entry
     * is decided or a position reviewed rather than on every bar by the signal logic. The engine keeps
     * them streaming through the cache for those reads.
     */
    public List<Series> componentSeries() { return componentSeries; }

    /** The signal logic. */
    public SignalLogic signalLogic() { return signalLogic; }

    /** The position sizer. */
    public PositionSizer sizer() { return sizer; }

    /** Risk rules in the order they review entries. */
    public List<RiskRule> riskRules() { return riskRules; }

    /** The regime filter on entries, if any. */
    public Optional<RegimeFilter> regimeFilter() { return Optional.ofNullable(regimeFilter); }

    /** The commission model. */
    public CommissionModel commission() { return commission; }

    /** The slippage model. */
    public SlippageModel slippage() { return slippage; }

    /** The fill model. */
    public FillModel fillModel() { return fillModel; }

    /** What order each entry becomes (default: market). */
    public OrderPlanner entryOrders() { return entryOrders; }

    /** Which bracket exit fills when stop and target are both reached in one bar (default: the stop). */
    public IntrabarPriority intrabarPriority() { return intrabarPriority; }

    /**
     * Largest share of a bar's volume that the fills of one symbol may take in that bar, in (0, 1];
     * 0 when fills are not limited by volume (the default).
     */
    public double volumeLimit() { return volumeLimit; }

    /** True when positions may hold fractional shares; otherwise sizes are rounded down to whole shares. */
    public boolean fractionalShares() { return fractionalShares; }

    /** Signal logic is first called at this bar index: before it, indicators are still warming up. */
    public int warmupBars() { return warmupBars; }

    @Override
    public String toString() {
        return "Strategy[" + name + ", " + indicators.size() + " indicators, fills=" + fillModel.name() + "]";
    }
}
