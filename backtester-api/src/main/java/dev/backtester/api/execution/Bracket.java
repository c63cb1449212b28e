package dev.backtester.api.execution;

import dev.backtester.api.Direction;

/**
 * Exit orders attached to an entry: a stop-loss (a stop order), a take-profit (a limit order) and a
 * time limit, one-cancels-other. They start working as soon as the entry has filled (on the rest of
 * the fill bar too: the order of prices inside a bar is unknown, so its whole range counts) and cover
 * the whole position. When one of them fills, the others are cancelled; when the position is closed
 * otherwise, all are cancelled. If the stop and the target are both reached inside one bar, the
 * strategy's {@link IntrabarPriority} decides which fills (default: the stop).
 *
 * @param stopLoss   stop price of the protective stop; NaN for none
 * @param takeProfit limit price of the profit target; NaN for none
 * @param maxBars    close the position at the next bar's open after it has been held this many bars
 *                   (exit reason {@code EXPIRED}); 0 for no time limit
 */
public record Bracket(double stopLoss, double takeProfit, int maxBars) {

    /** No attached exits. */
    public static final Bracket NONE = new Bracket(Double.NaN, Double.NaN, 0);

    public Bracket {
        if (maxBars < 0) {
            throw new IllegalArgumentException("maxBars must be >= 0, got " + maxBars);
        }
    }

    /** A stop-loss and a take-profit at absolute prices (NaN leaves one out). */
    public static Bracket of(double stopLoss, double takeProfit) {
        return new Bracket(stopLoss, takeProfit, 0);
    }

    /**
     * Stop-loss and take-profit at fractions of {@code reference}, on the losing and winning side of a
     * {@code side} position: a long gets {@code reference * (1 - stopFraction)} and
     * {@code reference * (1 + targetFraction)}. A fraction of 0 leaves that leg out.
     */
    public static Bracket percent(Direction side, double reference, double stopFraction, double targetFraction) {
        double stop = stopFraction > 0 ? reference * (1 - side.sign() * stopFraction) : Double.NaN;
        double target = targetFraction > 0 ? reference * (1 + side.sign() * targetFraction) : Double.NaN;
        return new Bracket(stop, target, 0);
    }

    /** This bracket with a time limit of {@code bars} bars held. */
    public Bracket withMaxBars(int bars) {
        return new Bracket(stopLoss, takeProfit, bars);
    }

    /** True when there is a stop-loss. */
    public boolean hasStopLoss() {
        return !Double.isNaN(stopLoss);
    }

    /** True when there is a take-profit. */
    public boolean hasTakeProfit() {
        return !Double.isNaN(takeProfit);
    }

    /** True when any exit is attached. */
    public boolean isActive() {
        return hasStopLoss() || hasTakeProfit() || maxBars > 0;
    }
}
