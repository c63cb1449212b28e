package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;

/**
 * A profit target a fraction away from the entry: long {@code entry * (1 + pct)}, short
 * {@code entry * (1 - pct)}.
 *
 * @param pct distance from the entry as a fraction of the entry price, in (0, 1)
 */
public record TakeProfit(double pct) implements ExitRule {

    public TakeProfit {
        Checks.fraction("takeProfit", "pct", pct);
    }

    @Override
    public double targetPrice(PositionView position, DataWindow window) {
        return position.entryPrice() * (1 + position.direction().sign() * pct);
    }
}
