package dev.backtester.core.regime;

import static dev.backtester.core.regime.Regimes.BEAR;
import static dev.backtester.core.regime.Regimes.BULL;
import static dev.backtester.core.regime.Regimes.HIGH_VOL;
import static dev.backtester.core.regime.Regimes.LOW_VOL;
import static dev.backtester.core.regime.Regimes.NEUTRAL;
import static dev.backtester.core.regime.Regimes.NORMAL_VOL;
import static dev.backtester.core.regime.Regimes.UNKNOWN;

import dev.backtester.api.DataWindow;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.regime.Regime;
import dev.backtester.api.regime.RegimeClassifier;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bull/neutral/bear classifier of the original design: the {@link TrendRegime} label,
 * downgraded by the {@link VolatilityRegime}.
 *
 * <table>
 * <caption>combined label and confidence from trend (confidence cT) and volatility (confidence cV)</caption>
 * <tr><th>trend</th><th>volatility</th><th>label</th><th>confidence</th></tr>
 * <tr><td>unknown</td><td>any</td><td>unknown</td><td>0</td></tr>
 * <tr><td>any</td><td>unknown</td><td>unknown</td><td>0</td></tr>
 * <tr><td>bull</td><td>low_vol, normal_vol</td><td>bull</td><td>cT</td></tr>
 * <tr><td>bull</td><td>high_vol</td><td>neutral</td><td>max(cV, 1 - cT)</td></tr>
 * <tr><td>neutral</td><td>any known</td><td>neutral</td><td>cT</td></tr>
 * <tr><td>bear</td><td>any known</td><td>bear</td><td>cT</td></tr>
 * </table>
 *
 * Volatility can only veto a bull market, never declare one: low or normal volatility is no
 * evidence of a trend, so it leaves the trend's confidence as it is, and a bear market needs the
 * trend to say bear. When high volatility downgrades a bull reading, neutral is right if the
 * volatility is surely high ({@code cV}) or if the bull evidence was weak anyway
 * ({@code 1 - cT}); the stronger of the two reasons counts. Both parts must be known, so the
 * first classified bar is the later of the two parts' first bars (with the defaults,
 * {@code 20 + 252 = 272}).
 */
public final class CombinedRegime implements LabelledClassifier, UsesIndicators<RegimeClassifier> {
    private static final Set<String> LABELS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of(BULL, NEUTRAL, BEAR, UNKNOWN)));

    private final TrendRegime trend;
    private final VolatilityRegime volatility;

    CombinedRegime(TrendRegime trend, VolatilityRegime volatility) {
        this.trend = Objects.requireNonNull(trend, "trend");
        this.volatility = Objects.requireNonNull(volatility, "volatility");
    }

    /** The trend part. */
    public TrendRegime trend() { return trend; }

    /** The volatility part. */
    public VolatilityRegime volatility() { return volatility; }

    /** True for the copy bound to a strategy's indicators. */
    public boolean isBound() { return trend.isBound() && volatility.isBound(); }

    @Override
    public Set<String> labels() { return LABELS; }

    /** Declares both parts' indicators and returns the bound copy. */
    @Override
    public CombinedRegime declareOn(StrategyBuilder builder) {
        return new CombinedRegime(trend.declareOn(builder), volatility.declareOn(builder));
    }

    /** The combined regime at the window's current bar. */
    @Override
    public Regime classify(DataWindow window) {
        if (!isBound()) {
            throw new IllegalStateException(this + " is not bound to a strategy's indicators; add it with"
                    + " StrategyBuilder.regime(...) (which calls declareOn) before classifying");
        }
        return combine(trend.classify(window), volatility.classify(window));
    }

    /**
     * The table of the class documentation.
     *
     * @param trend      a trend regime: bull, neutral, bear or unknown
     * @param volatility a volatility regime: low_vol, normal_vol, high_vol or unknown
     * @throws IllegalArgumentException for another label
     */
    public static Regime combine(Regime trend, Regime volatility) {
        String vol = volatility.label();
        if (!vol.equals(LOW_VOL) && !vol.equals(NORMAL_VOL) && !vol.equals(HIGH_VOL) && !vol.equals(UNKNOWN)) {
            throw new IllegalArgumentException("not a volatility regime label: '" + vol + "'");
        }
        switch (trend.label()) {
            case UNKNOWN:
                return Regimes.UNKNOWN_REGIME;
            case BULL:
                if (vol.equals(UNKNOWN)) {
                    return Regimes.UNKNOWN_REGIME;
                }
                return vol.equals(HIGH_VOL)
                        ? new Regime(NEUTRAL, Math.max(volatility.confidence(), 1 - trend.confidence()))
                        : trend;
            case NEUTRAL:
            case BEAR:
                return vol.equals(UNKNOWN) ? Regimes.UNKNOWN_REGIME : trend;
            default:
                throw new IllegalArgumentException("not a trend regime label: '" + trend.label() + "'");
        }
    }

    @Override
    public String toString() {
        return "combined regime(" + trend + ", " + volatility + ")";
    }
}
