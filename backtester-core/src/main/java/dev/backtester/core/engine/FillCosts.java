package dev.backtester.core.engine;

import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.SlippageModel;

/**
 * Prices one fill: slippage (market impact included) against the trader from the slippage model
 * with the window at the order's decision bar, capped at a limit order's limit, then the commission.
 * The results of the last quote are read from the fields, so quoting allocates nothing.
 */
final class FillCosts {
    private final SlippageModel slippage;
    private final CommissionModel commission;
    private final Cursor decisionWindow;

    /** Fill price, slippage included. */
    double price;
    /** Slippage cost of the fill: |price - base| * shares. */
    double slippageCost;
    /** The market-impact part of {@link #slippageCost}. */
    double impactCost;
    /** Commission of the fill. */
    double fee;

    FillCosts(SlippageModel slippage, CommissionModel commission, Cursor decisionWindow) {
        this.slippage = slippage;
        this.commission = commission;
        this.decisionWindow = decisionWindow;
    }

    CommissionModel commission() {
        return commission;
    }

    /**
     * Quotes a fill of {@code shares} (positive) on side {@code sign} at {@code base} for an order
     * decided at {@code decisionBar} of symbol {@code s}.
     */
    void quote(SymbolData d, int s, int decisionBar, int sign, double base, double shares, double limit, long time) {
        decisionWindow.moveToTraded(d, s, decisionBar);
        double signed = sign * shares;
        double slip = slippage.slippagePerShare(base, signed, decisionWindow);
        double px = base + sign * slip;
        if (!Double.isNaN(limit)) {
            px = sign > 0 ? Math.min(px, Math.max(limit, base)) : Math.max(px, Math.min(limit, base));
        }
        if (!(px > 0) || Double.isInfinite(px) || !(slip >= 0)) {
            throw badFill(d, decisionBar, px, slip);
        }
        double paid = Math.abs(px - base);
        double impact = slip > 0 ? Math.min(slippage.impactPerShare(base, signed, decisionWindow), paid) : 0.0;
        price = px;
        slippageCost = paid * shares;
        impactCost = Math.max(0.0, impact) * shares;
        fee = commission.commission(shares, px, time);
        if (!(fee >= 0)) {
            throw new IllegalStateException("commission model returned " + fee + " for " + shares + " shares of "
                    + d.symbol + " at " + px + "; commissions must be >= 0");
        }
    }

    private static IllegalStateException badFill(SymbolData d, int bar, double px, double slip) {
        return new IllegalStateException("cannot fill " + d.symbol + " decided at bar " + bar + " (time " + d.times[bar]
                + "): fill price is " + px + " with slippage " + slip + " per share; validate the data and the"
                + " slippage model before running");
    }
}
