package dev.backtester.core.execution;

import dev.backtester.api.execution.CommissionModel;

/**
 * Built-in commission models. The engine charges each fill as one order, so minimums and maximums
 * apply per fill.
 *
 * <p>The Interactive Brokers presets follow the IBKR Pro US stock schedule as published on the
 * broker's "Commissions Stocks, ETFs and Warrants" page (United States section), taken from a stored
 * copy read in November 2026, without live web access:
 * <ul>
 *   <li>fixed: USD 0.005 per share, minimum USD 1.00, maximum 1% of trade value per order; the fixed
 *       rate includes exchange and clearing fees; regulatory transaction fees (SEC fee, FINRA trading
 *       activity fee) are passed through by IBKR and are not modelled here;</li>
 *   <li>tiered: per share by month-to-date volume, &lt;= 300,000 shares USD 0.0035, 300,001-3,000,000
 *       USD 0.0020, 3,000,001-20,000,000 USD 0.0015, 20,000,001-100,000,000 USD 0.0010, above
 *       100,000,000 USD 0.0005, applied marginally (an order crossing a tier boundary pays each tier's
 *       rate on its part, as IBKR's comparison examples show); minimum USD 0.35, maximum 1% of trade
 *       value per order; exchange, clearing, regulatory and pass-through fees are NOT part of it and can
 *       be approximated with a flat per-share add-on ({@link #ibkrTiered(double)}; the schedule lists e.g.
 *       NSCC/DTC clearing at USD 0.0002 per share); venue rebates, the fractional-share minimum
 *       (USD 0.01) and exchange-specific fees are not modelled. Months are calendar months in
 *       America/New_York; the tier is that of the shares traded earlier in the month by this run.</li>
 * </ul>
 */
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
        return new PerShare(perShare, minimum, Double.POSITIVE_INFINITY);
    }

    /**
     * A fee per share with a minimum and a maximum per order, the maximum a fraction of trade value:
     * {@code min(maxFractionOfValue * shares * price, max(minimum, perShare * shares))}.
     *
     * @throws IllegalArgumentException unless all are finite and >= 0
     */
    public static CommissionModel perShare(double perShare, double minimum, double maxFractionOfValue) {
        requireNonNegative("perShare", "perShare", perShare);
        requireNonNegative("perShare", "minimum", minimum);
        requireNonNegative("perShare", "maxFractionOfValue", maxFractionOfValue);
        return new PerShare(perShare, minimum, maxFractionOfValue);
    }

    /**
     * The same amount for every order, whatever its size.
     *
     * @throws IllegalArgumentException unless finite and >= 0
     */
    public static CommissionModel flatPerOrder(double amount) {
        requireNonNegative("flatPerOrder", "amount", amount);
        return new FlatPerOrder(amount);
    }

    /** Interactive Brokers Pro fixed pricing for US stocks: USD 0.005 a share, min USD 1.00, max 1% of value. */
    public static CommissionModel ibkrFixed() {
        return new PerShare(0.005, 1.00, 0.01);
    }

    /** Interactive Brokers Pro tiered pricing for US stocks, commission only (no third-party fees). */
    public static CommissionModel ibkrTiered() {
        return new IbkrTiered(0.0);
    }

    /**
     * Interactive Brokers Pro tiered pricing for US stocks plus {@code feesPerShare} for exchange,
     * clearing and regulatory fees, added after the minimum and maximum.
     *
     * @throws IllegalArgumentException unless finite and >= 0
     */
    public static CommissionModel ibkrTiered(double feesPerShare) {
        requireNonNegative("ibkrTiered", "feesPerShare", feesPerShare);
        return new IbkrTiered(feesPerShare);
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

    record PerShare(double perShare, double minimum, double maxFractionOfValue) implements CommissionModel {
        @Override
        public double commission(double shares, double price) {
            double fee = Math.max(minimum, perShare * shares);
            return maxFractionOfValue == Double.POSITIVE_INFINITY ? fee : Math.min(fee, maxFractionOfValue * shares * price);
        }
    }

    record FlatPerOrder(double amount) implements CommissionModel {
        @Override
        public double commission(double shares, double price) {
            return amount;
        }
    }
}
