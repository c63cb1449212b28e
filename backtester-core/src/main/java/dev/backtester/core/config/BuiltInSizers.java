package dev.backtester.core.config;

import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import dev.backtester.core.sizing.KellySizer;
import dev.backtester.core.sizing.RiskParitySizer;
import dev.backtester.core.sizing.Sizers;
import dev.backtester.core.sizing.VolatilityTargetSizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The library's position sizers by YAML name, one line each. */
public final class BuiltInSizers implements ComponentProvider {
    private static final Range LEVERAGE = Range.openClosed(0, 100);
    private static final String KELLY = "risk_free_rate: annual rate in [-1, 1] (0); fraction: Kelly multiplier in"
            + " (0, 1] (0.5); max_leverage: position value / equity in (0, 100] (1); min_trades: >= 1 (20);"
            + " lookback: last N trades, 0 = all (0); fallback_pct: fraction of equity before min_trades in (0, 10] (0.1)";

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.sizer("percent_of_equity", "pct: fraction of equity per position in (0, 10] (required; 0.95 = 95%)",
                p -> Sizers.percentOfEquity(p.number("pct", Range.openClosed(0, 10))));
        registry.sizer("fixed_cash", "amount: cash per position > 0 (required)",
                p -> Sizers.fixedCash(p.number("amount", Range.greaterThan(0))));
        registry.sizer("fixed_shares", "shares: shares per position > 0 (required)",
                p -> Sizers.fixedShares(p.number("shares", Range.greaterThan(0))));
        registry.sizer("fixed_fractional", "risk_pct: fraction of equity risked to the stop in (0, 1] (required;"
                        + " 0.01 = 1%); max_leverage: position value / equity in (0, 100] (1)",
                p -> Sizers.fixedFractionalRisk(p.number("risk_pct", Range.openClosed(0, 1)))
                        .maxLeverage(p.number("max_leverage", 1.0, LEVERAGE)));
        registry.sizer("kelly_optimal", KELLY, BuiltInSizers::kelly);
        registry.sizer("kelly", "alias of kelly_optimal; " + KELLY, BuiltInSizers::kelly);
        registry.sizer("volatility_target", "target_vol: annual volatility in (0, 10] (required; 0.15 = 15%);"
                        + " measure: stddev|atr (stddev); period: bars >= 2 (20); periods_per_year: > 0 (252);"
                        + " max_leverage: position value / equity in (0, 100] (1)",
                p -> Sizers.volatilityTarget(p.number("target_vol", Range.openClosed(0, 10)))
                        .measure(VolatilityTargetSizer.Measure.valueOf(p.choice("measure", "stddev",
                                List.of("stddev", "atr")).toUpperCase(Locale.ROOT)))
                        .period(p.integer("period", 20, Range.atLeast(2)))
                        .periodsPerYear(p.number("periods_per_year", 252, Range.greaterThan(0)))
                        .cap(p.number("max_leverage", 1.0, LEVERAGE)));
        registry.sizer("risk_parity", "method: inverse_volatility|equal_risk_contribution (equal_risk_contribution);"
                        + " lookback: returns >= 2 (60); gross: position value / equity in (0, 10] (1);"
                        + " rebalance: daily|weekly|monthly|quarterly|never (monthly); zone: time zone (America/New_York)",
                BuiltInSizers::riskParity);
    }

    private static PositionSizer kelly(Params p) {
        int minTrades = p.integer("min_trades", KellySizer.DEFAULT_MIN_TRADES, Range.atLeast(1));
        int lookback = p.integer("lookback", 0, Range.atLeast(0));
        if (lookback != 0 && lookback < minTrades) {
            p.reject("lookback", "must be 0 (all trades) or at least min_trades (" + minTrades + "), got " + lookback);
            lookback = 0;
        }
        return Sizers.kelly(p.number("risk_free_rate", 0.0, Range.closed(-1, 1)))
                .fraction(p.number("fraction", KellySizer.DEFAULT_FRACTION, Range.openClosed(0, 1)))
                .cap(p.number("max_leverage", 1.0, LEVERAGE))
                .minTrades(minTrades)
                .lookback(lookback)
                .fallback(Sizers.percentOfEquity(p.number("fallback_pct", KellySizer.DEFAULT_FALLBACK_FRACTION,
                        Range.openClosed(0, 10))));
    }

    private static PositionSizer riskParity(Params p) {
        String method = p.choice("method", "equal_risk_contribution",
                List.of("inverse_volatility", "equal_risk_contribution"));
        String period = p.choice("rebalance", "monthly", List.of("daily", "weekly", "monthly", "quarterly", "never"));
        String zoneName = p.text("zone", "America/New_York");
        ZoneId zone = ZoneId.of("America/New_York");
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            p.reject("zone", "must be a time zone id such as America/New_York or UTC, got '" + zoneName + "'");
        }
        RebalanceSchedule schedule = period.equals("never") ? RebalanceSchedule.NEVER
                : new RebalanceSchedule(RebalanceSchedule.Period.valueOf(period.toUpperCase(Locale.ROOT)), zone);
        return Sizers.riskParity(RiskParitySizer.Method.valueOf(method.toUpperCase(Locale.ROOT)))
                .lookback(p.integer("lookback", 60, Range.atLeast(2)))
                .gross(p.number("gross", 1.0, Range.openClosed(0, 10)))
                .rebalance(schedule);
    }
}
