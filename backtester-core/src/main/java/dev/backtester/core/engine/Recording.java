package dev.backtester.core.engine;

/**
 * How much a run records beyond what its metrics need. Both levels trade identically: the equity
 * curve, the trades' prices, shares, PnL and costs, and every metric are the same to the bit.
 */
public enum Recording {
    /**
     * Everything: the order events, and each trade's attribution figures (maximum favorable and adverse
     * excursion, volatility at entry, the declared series' values at the decision bar). The default.
     */
    FULL,
    /**
     * No order events ({@code RunResult.orders()} is empty), and trades without the attribution figures
     * that cost work per trade: their excursions and volatility at entry are NaN and their entry signal
     * names the rule but holds no series values. For jobs that run a strategy many times and rank the
     * runs by their metrics (parameter sweeps, walk-forward trials), like {@link Backtest#journal(boolean)
     * journal(false)}: a run that trades often is up to a third faster and holds a fraction of the memory.
     */
    SUMMARY
}
