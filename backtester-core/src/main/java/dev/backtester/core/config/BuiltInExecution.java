package dev.backtester.core.config;

import dev.backtester.core.execution.Commissions;
import dev.backtester.core.execution.FillModels;
import dev.backtester.core.execution.Slippages;

/** The library's fill, commission and slippage models by YAML name, one line each. */
public final class BuiltInExecution implements ComponentProvider {

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.fillModel("next_open", "fill at the next bar's open (default); no parameters",
                p -> FillModels.nextBarOpen());
        registry.fillModel("signal_close", "fill at the signal bar's own close (opt-in); no parameters",
                p -> FillModels.signalBarClose());

        registry.commissionModel("none", "no commission (default); no parameters", p -> Commissions.none());
        registry.commissionModel("percent", "rate: fraction of traded value in [0, 1) (required; 0.001 = 10 bp)",
                p -> Commissions.percentOfValue(p.number("rate", Range.closedOpen(0, 1))));
        registry.commissionModel("per_share", "per_share: fee per share >= 0 (required); minimum: per order >= 0 (0)",
                p -> Commissions.perShare(p.number("per_share", Range.atLeast(0)),
                        p.number("minimum", 0.0, Range.atLeast(0))));

        registry.slippageModel("none", "no slippage (default); no parameters", p -> Slippages.none());
        registry.slippageModel("fixed_bps", "bps: basis points of the price against the trader in [0, 10000) (required)",
                p -> Slippages.fixedBps(p.number("bps", Range.closedOpen(0, 10_000))));
    }
}
