package dev.backtester.core.engine;

import dev.backtester.api.result.CashFlows;

/** Running totals of the run's costs and credits, and whether any order filled on its decision bar. */
final class RunTotals {
    double commission;
    double slippage;
    double impact;
    double borrowFees;
    double dividends;
    double interest;
    boolean sameBarFill;

    CashFlows cashFlows() {
        return new CashFlows(commission, slippage, impact, borrowFees, dividends, interest);
    }
}
