package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;

/**
 * A fixed stop a fraction away from the entry: long {@code entry * (1 - pct)}, short
 * {@code entry * (1 + pct)}. It does not move after the entry.
 *
 * @param pct distance from the entry as a fraction of the entry price, in (0, 1)
 */
public record StopLoss(double pct) implements ExitRule {

    public StopLoss {
        Checks.fraction("stopLoss", "pct", pct);
    }

    @Override
    public double stopPrice(PositionView position, DataWindow window) {
        return position.entryPrice() * (1 - position.direction().sign() * pct);
    }
}
