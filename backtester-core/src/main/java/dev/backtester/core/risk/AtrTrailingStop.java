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
 * A stop a multiple of the average true range behind the close, moved at every close: long
 * {@code close - multiple * ATR(period)}, short {@code close + multiple * ATR(period)}. The engine
 * never loosens it. No stop (NaN) while the ATR warms up.
 *
 * @param multiple how many ATRs, > 0
 * @param period   ATR period, >= 1
 * @param atr      the declared ATR; null until the rule is added to a strategy
 */
public record AtrTrailingStop(double multiple, int period, Series atr) implements ExitRule, UsesIndicators<RiskRule> {

    public AtrTrailingStop {
        Checks.positive("atrTrailingStop", "multiple", multiple);
        Checks.atLeastOne("atrTrailingStop", "period", period);
    }

    @Override
    public RiskRule declareOn(StrategyBuilder builder) {
        return new AtrTrailingStop(multiple, period, builder.indicator(Indicators.atr(period)));
    }

    @Override
    public double stopPrice(PositionView position, DataWindow window) {
        return window.close() - position.direction().sign() * multiple * Bound.read(atr, window, this);
    }

    @Override
    public boolean trails() {
        return true;
    }
}
