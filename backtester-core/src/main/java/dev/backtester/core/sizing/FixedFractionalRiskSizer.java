package dev.backtester.core.sizing;

import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.SizingContext;

/**
 * Fixed-fractional risk: the position loses {@code riskFraction} of equity if its protective stop is
 * hit (before gaps and costs).
 *
 * <pre>
 * shares = riskFraction * equity / |price - stopPrice|
 * shares = min(shares, maxLeverage * equity / price)      (cap on the position's value)
 * </pre>
 *
 * {@code stopPrice} is {@link SizingContext#stopPrice()}, the stop the engine plans for the entry
 * from its bracket and the strategy's stop rules. Without a stop (NaN) or with the stop at the price
 * the risk is undefined: the sizer gives 0 shares, so the entry is skipped, and records
 * {@code no_stop = 1} in the decision journal. A non-positive or non-finite equity or price also gives 0.
 *
 * <p>Journal figures: {@code risk_per_share} (the stop distance), {@code risk_amount}
 * ({@code riskFraction * equity}) and {@code capped = 1} when the leverage cap bound.
 *
 * @param riskFraction fraction of equity risked per position, in (0, 1] (0.01 = 1%)
 * @param maxLeverage  most position value per unit of equity, in (0, 100] (1 = no leverage)
 */
public record FixedFractionalRiskSizer(double riskFraction, double maxLeverage) implements PositionSizer {
    /** Journal key: 1 when the entry had no usable stop. */
    public static final String NO_STOP = "no_stop";
    /** Journal key: distance from the price to the stop. */
    public static final String RISK_PER_SHARE = "risk_per_share";
    /** Journal key: cash at risk, {@code riskFraction * equity}. */
    public static final String RISK_AMOUNT = "risk_amount";
    /** Journal key: 1 when the leverage cap reduced the size. */
    public static final String CAPPED = "capped";

    public FixedFractionalRiskSizer {
        if (!(riskFraction > 0 && riskFraction <= 1)) {
            throw new IllegalArgumentException("fixedFractionalRisk: riskFraction must be in (0, 1], got " + riskFraction);
        }
        checkLeverage("fixedFractionalRisk", maxLeverage);
    }

    /** The same sizer with the position value capped at {@code maxLeverage * equity}. */
    public FixedFractionalRiskSizer maxLeverage(double maxLeverage) {
        return new FixedFractionalRiskSizer(riskFraction, maxLeverage);
    }

    @Override
    public double shares(SizingContext context) {
        double equity = context.equity();
        double price = context.price();
        if (!(equity > 0 && price > 0) || Double.isInfinite(equity) || Double.isInfinite(price)) {
            return 0;
        }
        double distance = Math.abs(price - context.stopPrice());
        if (!(distance > 0) || Double.isInfinite(distance)) {
            context.explain(NO_STOP, 1);
            return 0;
        }
        double riskAmount = riskFraction * equity;
        context.explain(RISK_PER_SHARE, distance);
        context.explain(RISK_AMOUNT, riskAmount);
        double shares = riskAmount / distance;
        double capShares = maxLeverage * equity / price;
        if (shares > capShares) {
            context.explain(CAPPED, 1);
            return capShares;
        }
        return shares;
    }

    static void checkLeverage(String sizer, double maxLeverage) {
        if (!(maxLeverage > 0 && maxLeverage <= 100)) {
            throw new IllegalArgumentException(sizer + ": maxLeverage must be in (0, 100], got " + maxLeverage);
        }
    }
}
