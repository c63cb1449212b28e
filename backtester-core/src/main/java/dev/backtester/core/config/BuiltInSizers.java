package dev.backtester.core.config;

import dev.backtester.core.sizing.Sizers;

/** The library's position sizers by YAML name, one line each. */
public final class BuiltInSizers implements ComponentProvider {

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.sizer("percent_of_equity", "pct: fraction of equity per position in (0, 10] (required; 0.95 = 95%)",
                p -> Sizers.percentOfEquity(p.number("pct", Range.openClosed(0, 10))));
        registry.sizer("fixed_cash", "amount: cash per position > 0 (required)",
                p -> Sizers.fixedCash(p.number("amount", Range.greaterThan(0))));
        registry.sizer("fixed_shares", "shares: shares per position > 0 (required)",
                p -> Sizers.fixedShares(p.number("shares", Range.greaterThan(0))));
    }
}
