package dev.backtester.core.config;

import dev.backtester.api.regime.Regime;
import dev.backtester.api.risk.RiskDecision;

/**
 * A third-party provider as a user would write one, found by ServiceLoader through
 * src/test/resources/META-INF/services: its components must work in YAML with no other change.
 */
public final class TestComponents implements ComponentProvider {

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.sizer("test_fixed_lot", "lot: shares per position, whole number >= 1 (required)",
                p -> {
                    int lot = p.integer("lot", Range.atLeast(1));
                    return context -> lot;
                });
        registry.condition("test_close_up_days", "close rose on each of the last 'days' bars; days: int >= 1 (2)",
                p -> {
                    int days = p.integer("days", 2, Range.closed(1, 50));
                    return w -> {
                        for (int k = 0; k < days; k++) {
                            if (!(w.close(k) > w.close(k + 1))) {
                                return false;
                            }
                        }
                        return true;
                    };
                });
        registry.riskRule("test_max_shares", "shares: cap per entry > 0 (required)",
                p -> {
                    double cap = p.number("shares", Range.greaterThan(0));
                    return (proposal, portfolio) -> proposal.shares() > cap
                            ? RiskDecision.resize(cap, "capped at " + cap) : RiskDecision.approve(proposal);
                });
        registry.regimeClassifier("test_constant", "label: the regime every bar gets (required)",
                p -> {
                    Regime regime = new Regime(p.text("label"), 1.0);
                    return window -> regime;
                });
    }
}
