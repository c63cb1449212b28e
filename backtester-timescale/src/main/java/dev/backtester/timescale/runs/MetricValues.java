package dev.backtester.timescale.runs;

import dev.backtester.api.result.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of {@link Metrics} by name, in declaration order, as doubles. */
final class MetricValues {
    private MetricValues() {
    }

    static Map<String, Double> of(Metrics m) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("initialCapital", m.initialCapital());
        values.put("finalEquity", m.finalEquity());
        values.put("totalReturn", m.totalReturn());
        values.put("cagr", m.cagr());
        values.put("annualVolatility", m.annualVolatility());
        values.put("sharpe", m.sharpe());
        values.put("sortino", m.sortino());
        values.put("maxDrawdown", m.maxDrawdown());
        values.put("maxDrawdownBars", (double) m.maxDrawdownBars());
        values.put("maxDrawdownMillis", (double) m.maxDrawdownMillis());
        values.put("winRate", m.winRate());
        values.put("profitFactor", m.profitFactor());
        values.put("expectancy", m.expectancy());
        values.put("exposure", m.exposure());
        values.put("tradeCount", (double) m.tradeCount());
        values.put("openTrades", (double) m.openTrades());
        values.put("averageHoldingBars", m.averageHoldingBars());
        values.put("periodsPerYear", m.periodsPerYear());
        values.put("riskFreeRate", m.riskFreeRate());
        return values;
    }
}
