package dev.backtester.core.sizing;

import dev.backtester.api.sizing.PositionSizer;

/**
 * Built-in position sizers. Each returns a share count before rounding; the engine rounds down
 * to whole shares unless the strategy allows fractional shares.
 */
public final class Sizers {
    private Sizers() {
    }

    /** Always {@code shares} shares. */
    public static PositionSizer fixedShares(double shares) {
        if (!(shares > 0 && shares < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("fixedShares: shares must be a finite number > 0, got " + shares);
        }
        return context -> shares;
    }

    /** As many shares as {@code amount} buys at the signal bar's close: {@code amount / price}. */
    public static PositionSizer fixedCash(double amount) {
        if (!(amount > 0 && amount < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("fixedCash: amount must be a finite number > 0, got " + amount);
        }
        return context -> amount / context.price();
    }

    /** A fraction of current equity: {@code fraction * equity / price}; e.g. 0.95 = 95%. */
    public static PositionSizer percentOfEquity(double fraction) {
        if (!(fraction > 0 && fraction <= 10)) {
            throw new IllegalArgumentException("percentOfEquity: fraction must be in (0, 10], got " + fraction);
        }
        return context -> Math.max(0.0, fraction * context.equity() / context.price());
    }
}
