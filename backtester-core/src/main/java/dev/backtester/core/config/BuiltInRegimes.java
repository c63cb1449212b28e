package dev.backtester.core.config;

import dev.backtester.core.regime.Regimes;
import dev.backtester.core.regime.TrendRegime;
import dev.backtester.core.regime.VolatilityRegime;

/** The library's regime classifiers by YAML name, one line each; formulas in {@code dev.backtester.core.regime}. */
public final class BuiltInRegimes implements ComponentProvider {
    private static final Range PERCENTILE = new Range(0, false, 1, false);

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.regimeClassifier("trend", "period: SMA bars >= 2 (200); slope_bars >= 1 (20); atr_period >= 1 (14)",
                BuiltInRegimes::trend);
        registry.regimeClassifier("volatility", "window: returns >= 2 (20); history: values ranked >= 2 (252);"
                + " low: percentile in (0, 1) (0.2); high: percentile in (low, 1) (0.8)", BuiltInRegimes::volatility);
        registry.regimeClassifier("combined", "the trend and volatility parameters together (same defaults)",
                p -> Regimes.combined(trend(p), volatility(p)));
    }

    private static TrendRegime trend(Params p) {
        return Regimes.trend(p.integer("period", TrendRegime.DEFAULT_PERIOD, Range.atLeast(2)),
                p.integer("slope_bars", TrendRegime.DEFAULT_SLOPE_BARS, Range.atLeast(1)),
                p.integer("atr_period", TrendRegime.DEFAULT_ATR_PERIOD, Range.atLeast(1)));
    }

    private static VolatilityRegime volatility(Params p) {
        int window = p.integer("window", VolatilityRegime.DEFAULT_WINDOW, Range.atLeast(2));
        int history = p.integer("history", VolatilityRegime.DEFAULT_HISTORY, Range.atLeast(2));
        double low = p.number("low", VolatilityRegime.DEFAULT_LOW, PERCENTILE);
        double high = p.number("high", VolatilityRegime.DEFAULT_HIGH, PERCENTILE);
        if (!(high > low)) {
            // blame the key the user wrote: a low above the default high, or a high below low
            if (p.has("high")) {
                p.reject("high", "must be above low (" + low + "), got " + high);
            } else {
                p.reject("low", "must be below high (default " + high + "), got " + low);
            }
            return Regimes.volatility();
        }
        return Regimes.volatility(window, history, low, high);
    }
}
