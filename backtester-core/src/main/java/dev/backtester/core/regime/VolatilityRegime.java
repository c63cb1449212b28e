package dev.backtester.core.regime;

import static dev.backtester.core.regime.Regimes.HIGH_VOL;
import static dev.backtester.core.regime.Regimes.LOW_VOL;
import static dev.backtester.core.regime.Regimes.NORMAL_VOL;
import static dev.backtester.core.regime.Regimes.UNKNOWN;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.core.indicators.Indicators;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Volatility regime: where today's realized volatility ranks among its own recent values.
 *
 * <p>At bar t, with {@code v[k]} the realized volatility {@code Indicators.historicalVolatility(window)}
 * {@code k} bars back and {@code H = history}:
 * <pre>
 * percentile: p = (#{k in 1..H : v[k] < v[0]} + #{k in 1..H : v[k] == v[0]} / 2) / H   in [0, 1]
 * label:      low_vol    when p < low,   confidence (low - p) / low
 *             high_vol   when p > high,  confidence (p - high) / (1 - high)
 *             normal_vol otherwise,      confidence min(p - low, high - p) / ((high - low) / 2)
 *             unknown while any of v[0..H] is NaN (warm-up), confidence 0
 * </pre>
 * So {@code p} is the fraction of the previous {@code H} values below today's (ties count half),
 * and the confidence grows linearly with the distance from the nearest threshold: 0 on a
 * threshold, 1 at the extreme percentile (0 or 1) or at the middle of the normal band. The
 * defaults {@code low = 0.2}, {@code high = 0.8} make high and low volatility the outer fifths of
 * the recent distribution, the unusual states, and normal the middle three fifths. The
 * percentile does not depend on the annualization of the volatility.
 *
 * <p>Each classification reads {@code H + 1} values, O(H); classifiers run at entry decisions,
 * not on every bar. The first classified bar is {@code window + H}. Made by
 * {@link Regimes#volatility()}; unbound until added to a strategy.
 */
public final class VolatilityRegime implements LabelledClassifier, UsesIndicators<RegimeClassifier> {
    /** Default number of returns in the realized volatility. */
    public static final int DEFAULT_WINDOW = 20;
    /** Default number of earlier volatility values today's is ranked against (a trading year). */
    public static final int DEFAULT_HISTORY = 252;
    /** Default percentile below which volatility is low. */
    public static final double DEFAULT_LOW = 0.2;
    /** Default percentile above which volatility is high. */
    public static final double DEFAULT_HIGH = 0.8;

    private static final Set<String> LABELS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of(LOW_VOL, NORMAL_VOL, HIGH_VOL, UNKNOWN)));

    private final int window;
    private final int history;
    private final double low;
    private final double high;
    /** The bound percentile-rank column; null until declared on a builder. */
    private final Series volatility;

    VolatilityRegime(int window, int history, double low, double high) {
        this(window, history, low, high, null);
        if (window < 2) {
            throw new IllegalArgumentException("volatility regime: window must be >= 2 returns, got " + window);
        }
        if (history < 2) {
            throw new IllegalArgumentException("volatility regime: history must be >= 2 values, got " + history);
        }
        if (!(low > 0 && low < 1)) {
            throw new IllegalArgumentException("volatility regime: low percentile must be in (0, 1), got " + low);
        }
        if (!(high > low && high < 1)) {
            throw new IllegalArgumentException("volatility regime: high percentile must be in (low, 1) = ("
                    + low + ", 1), got " + high);
        }
    }

    private VolatilityRegime(int window, int history, double low, double high, Series volatility) {
        this.window = window;
        this.history = history;
        this.low = low;
        this.high = high;
        this.volatility = volatility;
    }

    /** Number of returns in the realized volatility. */
    public int window() { return window; }

    /** Number of earlier values today's volatility is ranked against. */
    public int history() { return history; }

    /** Percentile below which volatility is low. */
    public double low() { return low; }

    /** Percentile above which volatility is high. */
    public double high() { return high; }

    /** True for the copy bound to a strategy's indicators. */
    public boolean isBound() { return volatility != null; }

    @Override
    public Set<String> labels() { return LABELS; }

    /** Declares {@code historicalVolatility(window)} and returns the bound copy. */
    @Override
    public VolatilityRegime declareOn(StrategyBuilder builder) {
        return new VolatilityRegime(window, history, low, high,
                builder.indicator(new VolatilityPercentile(window, history)));
    }

    /** The volatility regime at the window's current bar. */
    @Override
    public Regime classify(DataWindow window) {
        if (volatility == null) {
            throw new IllegalStateException(this + " is not bound to a strategy's indicators; add it with"
                    + " StrategyBuilder.regime(...) (which calls declareOn) before classifying");
        }
        // the rank is precomputed over the whole series (VolatilityPercentile): one read per decision
        return classifyPercentile(window.value(volatility));
    }

    /**
     * The percentile {@code p} of {@code today} among {@code previous} (ties count half); NaN when
     * any value is NaN.
     *
     * @throws IllegalArgumentException when {@code previous} is empty
     */
    public static double percentileRank(double today, double... previous) {
        if (previous.length == 0) {
            throw new IllegalArgumentException("percentileRank needs at least one previous value");
        }
        double below = 0;
        for (double v : previous) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            below += v < today ? 1 : v == today ? 0.5 : 0;
        }
        return Double.isNaN(today) ? Double.NaN : below / previous.length;
    }

    /** The label and confidence of percentile {@code p} (formula above); unknown for NaN. */
    public Regime classifyPercentile(double p) {
        if (Double.isNaN(p)) {
            return Regimes.UNKNOWN_REGIME;
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be in [0, 1], got " + p);
        }
        if (p < low) {
            return new Regime(LOW_VOL, (low - p) / low);
        }
        if (p > high) {
            return new Regime(HIGH_VOL, (p - high) / (1 - high));
        }
        return new Regime(NORMAL_VOL, Math.min(1, Math.min(p - low, high - p) / ((high - low) / 2)));
    }

    @Override
    public String toString() {
        return "volatility regime(window=" + window + ", history=" + history + ", low=" + low + ", high=" + high + ")";
    }
}
