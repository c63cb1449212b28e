package dev.backtester.core.execution;

import dev.backtester.api.execution.CommissionModel;

/** Built-in commission models. */
public final class Commissions {
    private Commissions() {
    }

    /** No commission. */
    public static CommissionModel none() {
        return CommissionModel.NONE;
    }

    /**
     * A fraction of traded value: {@code rate * shares * price} (e.g. 0.001 = 10 bp).
     *
     * @throws IllegalArgumentException unless {@code 0 <= rate < 1}
     */
    public static CommissionModel percentOfValue(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("percentOfValue: rate must be in [0, 1), got " + rate);
        }
        return new PercentOfValue(rate);
    }

    /**
     * A fee per share with a minimum per order: {@code max(minimum, perShare * shares)}.
     *
     * @throws IllegalArgumentException unless both are finite and >= 0
     */
    public static CommissionModel perShare(double perShare, double minimum) {
        requireNonNegative("perShare", "perShare", perShare);
        requireNonNegative("perShare", "minimum", minimum);
        return new PerShare(perShare, minimum);
    }

    static void requireNonNegative(String model, String parameter, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(model + ": " + parameter + " must be a finite number >= 0, got " + value);
        }
    }

    record PercentOfValue(double rate) implements CommissionModel {
        @Override
        public double commission(double shares, double price) {
            return rate * shares * price;
        }
    }

    record PerShare(double perShare, double minimum) implements CommissionModel {
        @Override
        public double commission(double shares, double price) {
            return Math.max(minimum, perShare * shares);
        }
    }
}
