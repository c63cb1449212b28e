package dev.backtester.core.risk;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.risk.ExitRule;
import dev.backtester.api.risk.PositionView;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.core.indicators.Channel;
import dev.backtester.core.indicators.Indicators;

/**
 * The chandelier exit, moved at every close: long {@code highest high(period) - multiple * ATR(period)},
 * short {@code lowest low(period) + multiple * ATR(period)}, the extremes over the last
 * {@code period} bars including the current one (the Donchian channel's upper and lower lines). The
 * engine never loosens it. After a sharp fall the line can be above a long's close; the stop is then
 * through the market and the position exits at the next bar's open, as the chandelier exit
 * prescribes. No stop (NaN) while the indicators warm up.
 *
 * @param period   look-back of the extremes and the ATR, >= 1
 * @param multiple how many ATRs, > 0
 * @param channel  the declared Donchian channel; null until the rule is added to a strategy
 * @param atr      the declared ATR; null until the rule is added to a strategy
 */
public record ChandelierStop(int period, double multiple, Channel channel, Series atr)
        implements ExitRule, UsesIndicators<RiskRule> {

    public ChandelierStop {
        Checks.atLeastOne("chandelierStop", "period", period);
        Checks.positive("chandelierStop", "multiple", multiple);
    }

    @Override
    public RiskRule declareOn(StrategyBuilder builder) {
        return new ChandelierStop(period, multiple, builder.indicator(Indicators.donchian(period)),
                builder.indicator(Indicators.atr(period)));
    }

    @Override
    public double stopPrice(PositionView position, DataWindow window) {
        if (channel == null) {
            throw Bound.unbound(this);
        }
        double range = multiple * Bound.read(atr, window, this);
        return position.direction().sign() > 0
                ? window.value(channel.upper(), 0) - range
                : window.value(channel.lower(), 0) + range;
    }

    @Override
    public boolean trails() {
        return true;
    }
}
