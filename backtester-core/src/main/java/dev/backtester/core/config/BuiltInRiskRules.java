package dev.backtester.core.config;

import dev.backtester.core.risk.DrawdownCircuitBreaker;
import dev.backtester.core.risk.LossLimit;
import dev.backtester.core.risk.RiskRules;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The library's risk rules by YAML name, one line each (the {@code risk:} list of {@code - name: {params}}). */
public final class BuiltInRiskRules implements ComponentProvider {
    private static final Range FRACTION = Range.openClosed(0, 1);
    private static final Range OPEN_FRACTION = new Range(0, false, 1, false);
    private static final Range POSITIVE = Range.greaterThan(0);
    private static final Range PERIOD = Range.atLeast(1);

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.riskRule("stop_loss", "pct: stop distance from the entry as a fraction in (0, 1) (required)",
                p -> RiskRules.stopLoss(p.number("pct", OPEN_FRACTION)));
        registry.riskRule("atr_stop", "multiple: ATRs from the entry > 0 (required); period: ATR period >= 1 (14)",
                p -> RiskRules.atrStop(p.number("multiple", POSITIVE), p.integer("period", 14, PERIOD)));
        registry.riskRule("trailing_stop", "pct: distance behind the close in (0, 1) (required); on_extremes: trail the high/low (false)",
                p -> {
                    double pct = p.number("pct", OPEN_FRACTION);
                    return p.flag("on_extremes", false) ? RiskRules.trailingStop(pct).onExtremes() : RiskRules.trailingStop(pct);
                });
        registry.riskRule("atr_trailing_stop", "multiple: ATRs behind the close > 0 (required); period: ATR period >= 1 (14)",
                p -> RiskRules.atrTrailingStop(p.number("multiple", POSITIVE), p.integer("period", 14, PERIOD)));
        registry.riskRule("chandelier_stop", "period: look-back of the extremes and ATR >= 1 (22); multiple: ATRs > 0 (3)",
                p -> RiskRules.chandelierStop(p.integer("period", 22, PERIOD), p.number("multiple", 3, POSITIVE)));
        registry.riskRule("take_profit", "pct: target distance from the entry in (0, 1) (required)",
                p -> RiskRules.takeProfit(p.number("pct", OPEN_FRACTION)));
        registry.riskRule("take_profit_atr", "multiple: ATRs from the entry > 0 (required); period: ATR period >= 1 (14)",
                p -> RiskRules.takeProfitAtr(p.number("multiple", POSITIVE), p.integer("period", 14, PERIOD)));
        registry.riskRule("time_stop", "bars: bars to hold at most >= 1 (required)",
                p -> RiskRules.timeStop(p.integer("bars", PERIOD)));
        registry.riskRule("max_position", "pct: largest position value as a fraction of equity in (0, 10] (required)",
                p -> RiskRules.maxPosition(p.number("pct", Range.openClosed(0, 10))));
        registry.riskRule("max_gross_exposure", "max: largest gross exposure as a multiple of equity > 0 (required)",
                p -> RiskRules.maxGrossExposure(p.number("max", POSITIVE)));
        registry.riskRule("max_net_exposure", "max: largest absolute net exposure as a multiple of equity > 0 (required)",
                p -> RiskRules.maxNetExposure(p.number("max", POSITIVE)));
        registry.riskRule("max_heat", "max: largest open risk to the stops as a fraction of equity > 0 (required)",
                p -> RiskRules.maxHeat(p.number("max", POSITIVE)));
        registry.riskRule("max_correlation", "threshold: in (0, 1] (required); window: returns compared >= 2 (60);"
                        + " directional: sign by the positions' sides instead of absolute (false)",
                p -> {
                    var rule = RiskRules.maxCorrelation(p.number("threshold", FRACTION),
                            p.integer("window", 60, Range.atLeast(2)));
                    return p.flag("directional", false) ? rule.directional() : rule;
                });
        registry.riskRule("group_limit", "groups: {GROUP: [SYMBOL, ...], ...} (required); max_pct: largest gross value"
                        + " of one group as a fraction of equity in (0, 10] (required)",
                p -> RiskRules.groupLimit(groupOfSymbol(p), p.number("max_pct", Range.openClosed(0, 10))));
        registry.riskRule("drawdown_breaker", "max_drawdown: in (0, 1) (required); flatten: close all on trip (false);"
                        + " resume: {after_bars: N} | {drawdown_below: X} | {new_high: true} (drawdown below half the limit)",
                BuiltInRiskRules::breaker);
        registry.riskRule("daily_loss_limit", "pct: day's loss in (0, 1) (required); flatten (false);"
                        + " zone: time zone of the days (America/New_York)",
                p -> lossLimit(p, LossLimit.Period.DAY));
        registry.riskRule("weekly_loss_limit", "pct: week's loss in (0, 1) (required); flatten (false);"
                        + " zone: time zone of the weeks from Monday (America/New_York)",
                p -> lossLimit(p, LossLimit.Period.WEEK));
    }

    private static Map<String, String> groupOfSymbol(Params p) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> group : p.textLists("groups").entrySet()) {
            for (String symbol : group.getValue()) {
                String earlier = groupOf.putIfAbsent(symbol, group.getKey());
                if (earlier != null && !earlier.equals(group.getKey())) {
                    p.reject("groups", "symbol " + symbol + " is in two groups: " + earlier + " and " + group.getKey());
                }
            }
        }
        return groupOf;
    }

    private static DrawdownCircuitBreaker breaker(Params p) {
        double maxDrawdown = p.number("max_drawdown", OPEN_FRACTION);
        boolean flatten = p.flag("flatten", false);
        DrawdownCircuitBreaker breaker = RiskRules.drawdownCircuitBreaker(maxDrawdown).flatten(flatten);
        Optional<Params> resume = p.section("resume");
        if (resume.isEmpty()) {
            if (flatten && p.has("flatten")) {
                p.reject("flatten", "a flattening breaker holds only cash, so its drawdown cannot recover;"
                        + " give resume: {after_bars: N}");
            }
            return breaker;
        }
        Params r = resume.get();
        int given = (r.has("after_bars") ? 1 : 0) + (r.has("drawdown_below") ? 1 : 0) + (r.has("new_high") ? 1 : 0);
        if (given != 1) {
            p.reject("resume", "needs exactly one of after_bars, drawdown_below, new_high; got " + given);
            return breaker;
        }
        if (r.has("after_bars")) {
            return breaker.resumeAfterBars(r.integer("after_bars", PERIOD));
        }
        if (flatten) {
            p.reject("resume", "a flattening breaker holds only cash, so its drawdown cannot recover; use after_bars");
            return breaker;
        }
        if (r.has("drawdown_below")) {
            double level = r.number("drawdown_below", OPEN_FRACTION);
            if (!(level < maxDrawdown)) {
                r.reject("drawdown_below", "must be below max_drawdown " + maxDrawdown + ", got " + level);
                return breaker;
            }
            return breaker.resumeWhenDrawdownBelow(level);
        }
        if (!r.flag("new_high", true)) {
            r.reject("new_high", "can only be true; choose after_bars or drawdown_below otherwise");
        }
        return breaker.resumeAtNewHigh();
    }

    private static LossLimit lossLimit(Params p, LossLimit.Period period) {
        LossLimit limit = LossLimit.of(period, p.number("pct", OPEN_FRACTION)).flatten(p.flag("flatten", false));
        String zone = p.text("zone", LossLimit.DEFAULT_ZONE.getId());
        try {
            return limit.zone(ZoneId.of(zone));
        } catch (DateTimeException e) {
            p.reject("zone", "unknown time zone '" + zone + "'; use a region id such as America/New_York or UTC");
            return limit;
        }
    }
}
