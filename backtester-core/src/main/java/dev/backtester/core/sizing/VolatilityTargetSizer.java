package dev.backtester.core.sizing;

import dev.backtester.api.Series;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.UsesIndicators;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;
import dev.backtester.core.indicators.Indicators;
import java.util.Locale;
import java.util.Objects;

/**
 * Volatility targeting: sizes each position so that, alone, it would move the account by
 * {@code targetVol} a year.
 *
 * <pre>
 * value  = min(cap, targetVol / assetVol) * equity
 * shares = value / price
 * </pre>
 *
 * {@code assetVol} is the symbol's annualized volatility at the signal bar, by {@link Measure}:
 * <ul>
 * <li>{@link Measure#STDDEV}: {@link Indicators#historicalVolatility(int, double)}, the sample standard
 * deviation of the last {@code period} close-to-close log returns times {@code sqrt(periodsPerYear)};</li>
 * <li>{@link Measure#ATR}: {@code ATR(period) / close * sqrt(periodsPerYear)}, the average true range
 * as a fraction of the price. The true range includes intrabar swings, so this reads higher than the
 * standard deviation (for a continuous random walk the expected bar range is {@code sqrt(8 / pi)}, about
 * 1.6 standard deviations), and sizes come out smaller; use it when ranges, not closes, define the
 * risk.</li>
 * </ul>
 * Defaults: period 20, 252 periods a year (daily stock bars), cap 1.0 (no leverage).
 *
 * <p>While the indicator warms up (NaN) or when it is 0, the sizer gives 0 shares, so the entry is
 * skipped, and records {@code vol_unavailable = 1}. Otherwise it records {@code asset_vol} and
 * {@code vol_target_fraction} (the fraction of equity taken).
 *
 * <p>It reads an indicator, so it must be added through {@link StrategyBuilder#sizing}, which binds it
 * (see {@link UsesIndicators}); the unbound sizer fails when asked for a size.
 */
public final class VolatilityTargetSizer implements PositionSizer, UsesIndicators<PositionSizer> {
    /** Journal key: 1 when the volatility was not available (warm-up) or 0. */
    public static final String VOL_UNAVAILABLE = "vol_unavailable";
    /** Journal key: the asset's annualized volatility. */
    public static final String ASSET_VOL = "asset_vol";
    /** Journal key: fraction of equity taken. */
    public static final String TARGET_FRACTION = "vol_target_fraction";

    /** How the asset's volatility is measured. */
    public enum Measure {
        /** Annualized standard deviation of close-to-close log returns. */
        STDDEV,
        /** Annualized average true range relative to the close. */
        ATR
    }

    private final double targetVol;
    private final Measure measure;
    private final int period;
    private final double periodsPerYear;
    private final double cap;
    private final Series volatility; // null until bound

    private VolatilityTargetSizer(double targetVol, Measure measure, int period, double periodsPerYear, double cap,
                                  Series volatility) {
        if (!(targetVol > 0 && targetVol <= 10)) {
            throw new IllegalArgumentException("volatilityTarget: targetAnnualVol must be in (0, 10] (0.15 = 15% a year), got "
                    + targetVol);
        }
        Objects.requireNonNull(measure, "volatilityTarget: measure");
        if (period < 2) {
            throw new IllegalArgumentException("volatilityTarget: period must be >= 2 bars, got " + period);
        }
        if (!(periodsPerYear > 0 && periodsPerYear < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("volatilityTarget: periodsPerYear must be a finite number > 0, got "
                    + periodsPerYear);
        }
        FixedFractionalRiskSizer.checkLeverage("volatilityTarget cap", cap);
        this.targetVol = targetVol;
        this.measure = measure;
        this.period = period;
        this.periodsPerYear = periodsPerYear;
        this.cap = cap;
        this.volatility = volatility;
    }

    /** Targets {@code targetAnnualVol} with the defaults: standard deviation over 20 bars, 252 a year, cap 1. */
    public static VolatilityTargetSizer of(double targetAnnualVol) {
        return new VolatilityTargetSizer(targetAnnualVol, Measure.STDDEV, 20, 252, 1.0, null);
    }

    /** The same sizer measuring volatility by {@code measure}. */
    public VolatilityTargetSizer measure(Measure measure) {
        return new VolatilityTargetSizer(targetVol, measure, period, periodsPerYear, cap, null);
    }

    /** The same sizer measuring volatility over {@code period} bars (>= 2). */
    public VolatilityTargetSizer period(int period) {
        return new VolatilityTargetSizer(targetVol, measure, period, periodsPerYear, cap, null);
    }

    /** The same sizer annualizing with {@code periodsPerYear} bars a year (252 daily stocks, 365 crypto). */
    public VolatilityTargetSizer periodsPerYear(double periodsPerYear) {
        return new VolatilityTargetSizer(targetVol, measure, period, periodsPerYear, cap, null);
    }

    /** The same sizer with the position value capped at {@code cap * equity} (YAML {@code max_leverage}). */
    public VolatilityTargetSizer cap(double cap) {
        return new VolatilityTargetSizer(targetVol, measure, period, periodsPerYear, cap, null);
    }

    /** Target annual volatility of each position. */
    public double targetVol() {
        return targetVol;
    }

    /** How the asset's volatility is measured. */
    public Measure measure() {
        return measure;
    }

    /** Bars in the volatility measure. */
    public int period() {
        return period;
    }

    /** Bars per year used to annualize. */
    public double periodsPerYear() {
        return periodsPerYear;
    }

    /** Largest position value as a multiple of equity. */
    public double cap() {
        return cap;
    }

    /** True for the copy a strategy holds, bound to its indicator. */
    public boolean isBound() {
        return volatility != null;
    }

    @Override
    public PositionSizer declareOn(StrategyBuilder builder) {
        Series handle = measure == Measure.STDDEV
                ? builder.indicator(Indicators.historicalVolatility(period, periodsPerYear))
                : builder.indicator(Indicators.atr(period));
        return new VolatilityTargetSizer(targetVol, measure, period, periodsPerYear, cap, handle);
    }

    @Override
    public double shares(SizingContext context) {
        if (volatility == null) {
            throw new IllegalStateException(this + " is not bound to a strategy's indicators; add it with"
                    + " StrategyBuilder.sizing(...), which declares its indicator");
        }
        double value = context.window().value(volatility, 0);
        double assetVol = measure == Measure.STDDEV ? value
                : value / context.window().close(0) * Math.sqrt(periodsPerYear);
        if (!(assetVol > 0) || Double.isInfinite(assetVol)) {
            context.explain(VOL_UNAVAILABLE, 1);
            return 0;
        }
        double taken = Math.min(cap, targetVol / assetVol);
        context.explain(ASSET_VOL, assetVol);
        context.explain(TARGET_FRACTION, taken);
        double equity = context.equity();
        double price = context.price();
        if (!(equity > 0 && price > 0) || Double.isInfinite(equity) || Double.isInfinite(price)) {
            return 0;
        }
        return taken * equity / price;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VolatilityTargetSizer other && targetVol == other.targetVol && measure == other.measure
                && period == other.period && periodsPerYear == other.periodsPerYear && cap == other.cap
                && Objects.equals(volatility, other.volatility);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetVol, measure, period, periodsPerYear, cap);
    }

    @Override
    public String toString() {
        return "volatilityTarget(" + targetVol + ", " + measure.name().toLowerCase(Locale.ROOT) + ", period=" + period
                + ", periodsPerYear=" + periodsPerYear + ", cap=" + cap + ")";
    }
}
