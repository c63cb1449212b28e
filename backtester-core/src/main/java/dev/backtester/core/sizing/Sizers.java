package dev.backtester.core.sizing;

import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;

/**
 * Built-in position sizers. Each returns a share count before rounding; the engine rounds down
 * to whole shares unless the strategy allows fractional shares. Zero shares skip the entry; the
 * sizers that can decline say why in the decision journal ({@code SizingContext.explain}).
 *
 * <ul>
 * <li>{@link #fixedShares}, {@link #fixedCash}, {@link #percentOfEquity}: constant sizes;</li>
 * <li>{@link #fixedFractionalRisk}: risk a fraction of equity over the distance to the stop;</li>
 * <li>{@link #kelly}: the Kelly fraction of the strategy's own closed trades;</li>
 * <li>{@link #volatilityTarget}: a target annual volatility per position;</li>
 * <li>{@link #riskParity}: inverse-volatility or equal-risk-contribution weights across the holdings,
 * rebalanced on a schedule.</li>
 * </ul>
 */
public final class Sizers {
    private Sizers() {
    }

    /** Always {@code shares} shares. */
    public static PositionSizer fixedShares(double shares) {
        if (!(shares > 0 && shares < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("fixedShares: shares must be a finite number > 0, got " + shares);
        }
        return new FixedShares(shares);
    }

    /** As many shares as {@code amount} buys at the signal bar's close: {@code amount / price} (0 without a positive price). */
    public static PositionSizer fixedCash(double amount) {
        if (!(amount > 0 && amount < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("fixedCash: amount must be a finite number > 0, got " + amount);
        }
        return new FixedCash(amount);
    }

    /** A fraction of current equity: {@code fraction * equity / price}; e.g. 0.95 = 95%. 0 when equity is not positive. */
    public static PositionSizer percentOfEquity(double fraction) {
        if (!(fraction > 0 && fraction <= 10)) {
            throw new IllegalArgumentException("percentOfEquity: fraction must be in (0, 10], got " + fraction);
        }
        return new PercentOfEquity(fraction);
    }

    /**
     * Fixed-fractional risk: {@code shares = riskFraction * equity / |price - stopPrice|}, the position
     * value capped at {@code equity} (no leverage; see {@link FixedFractionalRiskSizer#maxLeverage(double)}).
     * Without a planned stop it gives 0 shares. E.g. {@code fixedFractionalRisk(0.01)} risks 1% of equity.
     */
    public static FixedFractionalRiskSizer fixedFractionalRisk(double riskFraction) {
        return new FixedFractionalRiskSizer(riskFraction, 1.0);
    }

    /**
     * Half Kelly from the strategy's closed trades with annual risk-free rate {@code riskFreeRate}
     * (0.05 = 5%), capped at 1x equity, after 20 trades, with {@code percentOfEquity(0.10)} before;
     * see {@link KellySizer} for the formula and the withers.
     */
    public static KellySizer kelly(double riskFreeRate) {
        return KellySizer.of(riskFreeRate);
    }

    /**
     * Volatility targeting: {@code value = min(cap, targetAnnualVol / assetVol) * equity}, by default
     * with the 20-bar historical volatility at 252 bars a year and cap 1; see {@link VolatilityTargetSizer}.
     */
    public static VolatilityTargetSizer volatilityTarget(double targetAnnualVol) {
        return VolatilityTargetSizer.of(targetAnnualVol);
    }

    /**
     * Risk parity across the holdings and the sized symbol: {@code shares = w * gross * equity / price}
     * with weights by {@code method} from 60 bars of returns, gross 1, rebalanced monthly; see
     * {@link RiskParitySizer}.
     */
    public static RiskParitySizer riskParity(RiskParitySizer.Method method) {
        return RiskParitySizer.of(method);
    }

    // values rather than lambdas: they compare equal when configured alike and print readably

    private record FixedShares(double shares) implements PositionSizer {
        @Override
        public double shares(SizingContext context) {
            return shares;
        }

        @Override
        public String toString() {
            return "fixedShares(" + shares + ")";
        }
    }

    private record FixedCash(double amount) implements PositionSizer {
        @Override
        public double shares(SizingContext context) {
            double price = context.price();
            return price > 0 && price < Double.POSITIVE_INFINITY ? amount / price : 0;
        }

        @Override
        public String toString() {
            return "fixedCash(" + amount + ")";
        }
    }

    private record PercentOfEquity(double fraction) implements PositionSizer {
        @Override
        public double shares(SizingContext context) {
            double equity = context.equity();
            double price = context.price();
            if (!(equity > 0 && price > 0) || Double.isInfinite(equity) || Double.isInfinite(price)) {
                return 0; // nothing to invest, or no usable price
            }
            return fraction * equity / price;
        }

        @Override
        public String toString() {
            return "percentOfEquity(" + fraction + ")";
        }
    }
}
