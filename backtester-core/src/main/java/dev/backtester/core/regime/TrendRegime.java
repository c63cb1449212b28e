package dev.backtester.core.regime;

import static dev.backtester.core.regime.Regimes.BEAR;
import static dev.backtester.core.regime.Regimes.BULL;
import static dev.backtester.core.regime.Regimes.NEUTRAL;
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
 * Trend regime: the close against a long simple moving average and that average's slope.
 *
 * <p>At bar t, with {@code N = period}, {@code S = slopeBars}, {@code m = SMA(N)[t]},
 * {@code m0 = SMA(N)[t-S]} and {@code a = ATR(atrPeriod)[t]}:
 * <pre>
 * distance t:  tD = (close - m)  / (a * qD),   qD = sqrt((N-1)(2N-1) / (6N))
 * slope t:     tS = (m - m0)     / (a * qS),   qS = sqrt(sum_k w_k^2)   (about S / sqrt(N))
 * evidence:    e(t) = 2 * logistic(1.702 |t|) - 1 = tanh(0.851 |t|)      in [0, 1)
 * label:       bull    when tD > 0 and tS > 0,   confidence e(tD) * e(tS)
 *              bear    when tD < 0 and tS < 0,   confidence e(tD) * e(tS)
 *              neutral otherwise,                confidence 1 - |e(tD) - e(tS)| / 2
 *              unknown while any input is NaN (warm-up), confidence 0
 * </pre>
 * {@code qD} and {@code qS} are the standard deviations the two readings would have if prices
 * were a driftless random walk with per-bar standard deviation 1 (weights {@code w_k} of each
 * step, see the source), so {@code tD} and {@code tS} are t-like values: about 1 is what noise
 * alone produces. The ATR stands in for the per-bar standard deviation; it is usually somewhat
 * larger, which makes the t values conservative. {@code e(t)} is the logistic approximation
 * (within 0.02) of the two-sided normal confidence level {@code 2 Phi(|t|) - 1}: 0.69 at
 * {@code |t| = 1}, 0.94 at 2, 0.99 at 3. A directional label needs both signals, so its confidence is the
 * product; neutral is confident when both signals are weak or when they point opposite ways
 * with similar strength.
 *
 * <p>The first classified bar is {@code N - 1 + S} (earlier bars are {@code unknown}); the
 * builder's default warm-up covers only {@code N - 1}. Made by {@link Regimes#trend()}; unbound
 * until added to a strategy.
 */
public final class TrendRegime implements LabelledClassifier, UsesIndicators<RegimeClassifier> {
    /** Default moving-average period. */
    public static final int DEFAULT_PERIOD = 200;
    /** Default number of bars over which the average's slope is measured. */
    public static final int DEFAULT_SLOPE_BARS = 20;
    /** Default ATR period (Wilder). */
    public static final int DEFAULT_ATR_PERIOD = 14;

    private static final Set<String> LABELS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of(BULL, NEUTRAL, BEAR, UNKNOWN)));
    /** Scale of the logistic that approximates the standard normal distribution function. */
    private static final double LOGISTIC_SCALE = 1.702;

    private final int period;
    private final int slopeBars;
    private final int atrPeriod;
    private final double distanceNoise;
    private final double slopeNoise;
    private final Series sma;
    private final Series atr;

    TrendRegime(int period, int slopeBars, int atrPeriod) {
        this(check(period, slopeBars, atrPeriod), slopeBars, atrPeriod, null, null);
    }

    private TrendRegime(int period, int slopeBars, int atrPeriod, Series sma, Series atr) {
        this.period = period;
        this.slopeBars = slopeBars;
        this.atrPeriod = atrPeriod;
        this.distanceNoise = RandomWalkNoise.distance(period);
        this.slopeNoise = RandomWalkNoise.smaChange(period, slopeBars);
        this.sma = sma;
        this.atr = atr;
    }

    private static int check(int period, int slopeBars, int atrPeriod) {
        if (period < 2) {
            throw new IllegalArgumentException("trend regime: period must be >= 2, got " + period);
        }
        if (slopeBars < 1) {
            throw new IllegalArgumentException("trend regime: slopeBars must be >= 1, got " + slopeBars);
        }
        if (atrPeriod < 1) {
            throw new IllegalArgumentException("trend regime: atrPeriod must be >= 1, got " + atrPeriod);
        }
        return period;
    }

    /** Moving-average period {@code N}. */
    public int period() { return period; }

    /** Bars {@code S} over which the moving average's slope is measured. */
    public int slopeBars() { return slopeBars; }

    /** ATR period. */
    public int atrPeriod() { return atrPeriod; }

    /** True for the copy bound to a strategy's indicators. */
    public boolean isBound() { return sma != null; }

    @Override
    public Set<String> labels() { return LABELS; }

    /** Declares {@code SMA(period)} and {@code ATR(atrPeriod)} and returns the bound copy. */
    @Override
    public TrendRegime declareOn(StrategyBuilder builder) {
        return new TrendRegime(period, slopeBars, atrPeriod, builder.indicator(Indicators.sma(period)),
                builder.indicator(Indicators.atr(atrPeriod)));
    }

    /** The trend regime at the window's current bar. */
    @Override
    public Regime classify(DataWindow window) {
        if (sma == null) {
            throw new IllegalStateException(this + " is not bound to a strategy's indicators; add it with"
                    + " StrategyBuilder.regime(...) (which calls declareOn) before classifying");
        }
        return classify(window.close(), window.value(sma), window.value(sma, slopeBars), window.value(atr));
    }

    /**
     * The formula of the class documentation on plain numbers.
     *
     * @param close     the current close
     * @param sma       {@code SMA(period)} at the current bar
     * @param smaBefore {@code SMA(period)} {@code slopeBars} bars earlier
     * @param atr       {@code ATR(atrPeriod)} at the current bar
     */
    public Regime classify(double close, double sma, double smaBefore, double atr) {
        double tD = distanceT(close, sma, atr);
        double tS = slopeT(sma, smaBefore, atr);
        if (Double.isNaN(tD) || Double.isNaN(tS)) {
            return Regimes.UNKNOWN_REGIME;
        }
        double d = evidence(tD);
        double s = evidence(tS);
        if (tD > 0 && tS > 0) {
            return new Regime(BULL, d * s);
        }
        if (tD < 0 && tS < 0) {
            return new Regime(BEAR, d * s);
        }
        return new Regime(NEUTRAL, 1 - Math.abs(d - s) / 2);
    }

    /** {@code tD = (close - sma) / (atr * qD)}; NaN when an input is NaN. */
    public double distanceT(double close, double sma, double atr) {
        return ratio(close - sma, atr * distanceNoise);
    }

    /** {@code tS = (sma - smaBefore) / (atr * qS)}; NaN when an input is NaN. */
    public double slopeT(double sma, double smaBefore, double atr) {
        return ratio(sma - smaBefore, atr * slopeNoise);
    }

    /** {@code e(t) = 2 logistic(1.702 |t|) - 1 = tanh(0.851 |t|)}, in [0, 1]; 1 for infinite {@code t}. */
    public static double evidence(double t) {
        // tanh(x) = 1 - 2 / (exp(2x) + 1): Math.exp is an intrinsic, Math.tanh is not
        return 1 - 2 / (Math.exp(LOGISTIC_SCALE * Math.abs(t)) + 1);
    }

    /** {@code move / noise}; with no noise (flat bars), any move is infinitely clear and no move is none. */
    private static double ratio(double move, double noise) {
        if (Double.isNaN(move) || Double.isNaN(noise)) {
            return Double.NaN;
        }
        if (noise > 0) {
            return move / noise;
        }
        return move == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, move);
    }

    @Override
    public String toString() {
        return "trend regime(period=" + period + ", slope_bars=" + slopeBars + ", atr_period=" + atrPeriod + ")";
    }
}
