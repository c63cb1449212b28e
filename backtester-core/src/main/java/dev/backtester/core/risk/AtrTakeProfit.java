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
 * A profit target a multiple of the average true range away from the entry: long
 * {@code entry + multiple * ATR(period)}, short {@code entry - multiple * ATR(period)}, with the ATR
 * read at the window's bar. No target (NaN) while the ATR warms up.
 *
 * @param multiple how many ATRs, > 0
 * @param period   ATR period, >= 1
 * @param atr      the declared ATR; null until the rule is added to a strategy
 */
public record AtrTakeProfit(double multiple, int period, Series atr) implements ExitRule, UsesIndicators<RiskRule> {

    public AtrTakeProfit {
        Checks.positive("takeProfitAtr", "multiple", multiple);
        Checks.atLeastOne("takeProfitAtr", "period", period);
    }

    @Override
    public RiskRule declareOn(StrategyBuilder builder) {
        return new AtrTakeProfit(multiple, period, builder.indicator(Indicators.atr(period)));
    }

    @Override
    public double targetPrice(PositionView position, DataWindow window) {
        return position.entryPrice() + position.direction().sign() * multiple * Bound.read(atr, window, this);
    }
}
