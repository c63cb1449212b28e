package dev.backtester.core.indicators;

import dev.backtester.api.Series;
import java.util.List;

/** Builds the typed handles of multi-output indicators from their output handles, in output order. */
final class Handles {
    private Handles() {
    }

    static MacdLines macd(List<Series> o) {
        return new MacdLines(o.get(0), o.get(1), o.get(2));
    }

    static AroonLines aroon(List<Series> o) {
        return new AroonLines(o.get(0), o.get(1), o.get(2));
    }

    static IchimokuLines ichimoku(List<Series> o) {
        return new IchimokuLines(o.get(0), o.get(1), o.get(2), o.get(3));
    }

    static StochasticLines stochastic(List<Series> o) {
        return new StochasticLines(o.get(0), o.get(1));
    }

    static Channel channel(List<Series> o) {
        return new Channel(o.get(0), o.get(1), o.get(2));
    }

    static RegressionLines regression(List<Series> o) {
        return new RegressionLines(o.get(0), o.get(1));
    }

    static SuperTrendLines superTrend(List<Series> o) {
        return new SuperTrendLines(o.get(0), o.get(1));
    }
}
