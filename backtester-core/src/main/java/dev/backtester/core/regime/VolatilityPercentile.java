package dev.backtester.core.regime;

import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.Series;
import dev.backtester.api.data.BarSeries;
import dev.backtester.core.indicators.Indicators;
import java.util.List;

/**
 * The percentile rank of each bar's realized volatility (annualized historical volatility over
 * {@code window} returns) among its {@code history} previous values: {@code (below + equal / 2) /
 * history}, NaN until {@code history} earlier values exist. Computed once over the whole series like
 * any indicator, so a classification reads one value instead of ranking {@code history} values at
 * every decision. Each value depends only on bars up to its own, so it is prefix-invariant.
 */
record VolatilityPercentile(int window, int history) implements IndicatorSpec<Series> {

    @Override
    public String id() {
        return "vol_percentile(" + window + "," + history + ")";
    }

    @Override
    public List<String> outputNames() {
        return List.of("value");
    }

    @Override
    public int lookback() {
        return Indicators.historicalVolatility(window).lookback() + history;
    }

    @Override
    public void compute(BarSeries bars, double[][] outputs) {
        int n = bars.size();
        double[] volatility = new double[n];
        Indicators.historicalVolatility(window).compute(bars, new double[][] {volatility});
        ranks(volatility, history, outputs[0]);
    }

    /** Writes into {@code rank} the percentile rank of each value among its {@code history} predecessors. */
    static void ranks(double[] volatility, int history, double[] rank) {
        java.util.Arrays.fill(rank, Double.NaN);
        int finiteFrom = 0;
        for (int t = 0; t < volatility.length; t++) {
            double today = volatility[t];
            if (Double.isNaN(today)) {
                finiteFrom = t + 1;
                continue;
            }
            if (t - history < finiteFrom) {
                continue;
            }
            int below = 0;
            int equal = 0;
            for (int k = t - history; k < t; k++) {
                double v = volatility[k];
                below += v < today ? 1 : 0;
                equal += v == today ? 1 : 0;
            }
            rank[t] = (below + equal / 2.0) / history;
        }
    }

    @Override
    public Series bind(List<Series> outputs) {
        return outputs.get(0);
    }
}
