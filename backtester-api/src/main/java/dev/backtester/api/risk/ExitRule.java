package dev.backtester.api.risk;

import dev.backtester.api.DataWindow;

/**
 * A protective exit: a stop-loss, a trailing stop, a take-profit or a time stop, added with the
 * other risk rules. The engine asks for the stop and target at the entry decision (to size by risk
 * and measure heat), again at the entry fill from the actual entry price, and for the stop at every
 * later close when {@link #trails()}. It keeps the tightest stop and the nearest target of all exit
 * rules and the entry order's bracket, and never loosens a stop. The stop and target work as a
 * bracket from the fill bar on; a new stop level decided at a close works from the next bar.
 */
public interface ExitRule extends RiskRule {

    /** Exit rules approve every entry unless they override this. */
    @Override
    default RiskDecision review(OrderProposal proposal, PortfolioView portfolio) {
        return RiskDecision.approve(proposal);
    }

    /** The stop this rule wants for {@code position} at the window's bar, in the window's prices; NaN for none. */
    default double stopPrice(PositionView position, DataWindow window) {
        return Double.NaN;
    }

    /** The profit target at the entry, in the window's prices; NaN for none. */
    default double targetPrice(PositionView position, DataWindow window) {
        return Double.NaN;
    }

    /** Bars after which the position is closed at market (time stop); 0 for none. */
    default int maxBars() {
        return 0;
    }

    /** True when the stop moves after entry: {@link #stopPrice} is then asked at every close. */
    default boolean trails() {
        return false;
    }
}
