package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.core.indicators.Indicators;

/**
 * A fixed stop a multiple of the average true range away from the entry: long
 * {@code entry - multiple * ATR(period)}, short {@code entry + multiple * ATR(period)}, with the ATR
 * read at the window's bar (the signal bar at the decision, the fill bar at the fill). It does not
 * move after the entry. No stop (NaN) while the ATR warms up.
 *
 * @param multiple how many ATRs, > 0
 * @param period   ATR period, >= 1
 * @param atr      the declared ATR; null until the rule is added to a strategy
 */
public record AtrStop(double multiple, int period, Series atr) implements ExitRule, UsesIndicators<RiskRule> {

    public AtrStop {
        Checks.positive("atrStop", "multiple", multiple);
        Checks.atLeastOne("atrStop", "period", period);
    }

    @Override
    public RiskRule declareOn(StrategyBuilder builder) {
        return new AtrStop(multiple, period, builder.indicator(Indicators.atr(period)));
    }

    @Override
    public double stopPrice(PositionView position, DataWindow window) {
        return position.entryPrice() - position.direction().sign() * multiple * Bound.read(atr, window, this);
    }
}
