package dev.backtester.core.engine;

import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.result.OrderEvent.Reason;

/**
 * The two limits an entry fill must pass, checked on the account as it would be right after the
 * fill (commission paid, the symbol valued at the fill price):
 * <ul>
 *   <li>leverage: gross exposure &lt;= maxLeverage * equity;</li>
 *   <li>initial margin: sum of requirements &lt;= equity, where a long needs its value / maxLeverage
 *       (all of it in a cash account) and a short needs (shortInitialMargin - 1) times its value on top
 *       of its proceeds (Reg T 150%: half its value).</li>
 * </ul>
 * Exits are never limited: they only reduce exposure. Maintenance margin and margin calls are not
 * modelled.
 */
final class BuyingPower {
    private final Account account;
    private final double maxLeverage;
    private final double longRequirement;
    private final double shortRequirement;
    private final boolean fractional;
    private Reason binding = Reason.NONE;

    BuyingPower(Account account, double maxLeverage, double shortInitialMargin, boolean fractional) {
        this.account = account;
        this.maxLeverage = maxLeverage;
        this.longRequirement = 1.0 / maxLeverage;
        this.shortRequirement = shortInitialMargin - 1.0;
        this.fractional = fractional;
    }

    /** Which limit cut the last {@link #allowed} answer below what was wanted. */
    Reason binding() {
        return binding;
    }

    /**
     * The largest share count, up to {@code wanted}, that symbol {@code s} may add on side {@code sign}
     * at {@code price}; {@link #binding()} tells which limit bound when it is less than wanted.
     */
    double allowed(int s, int sign, double wanted, double price, CommissionModel commission, long time) {
        double held = Math.abs(account.position(s));
        double equity = account.equity() + account.position(s) * (price - account.lastClose(s));
        double othersGross = 0;
        double othersRequired = 0;
        int symbols = account.symbols();
        for (int k = 0; k < symbols; k++) {
            double position = account.position(k);
            if (k != s && position != 0) {
                double value = Math.abs(position * account.lastClose(k));
                othersGross += value;
                othersRequired += value * (position > 0 ? longRequirement : shortRequirement);
            }
        }
        double k = sign > 0 ? longRequirement : shortRequirement;
        binding = Reason.NONE;
        if (fits(wanted, held, price, k, equity, othersGross, othersRequired, commission, time)) {
            return wanted;
        }
        double byMargin = k > 0 ? (equity - othersRequired) / (price * k) - held : Double.POSITIVE_INFINITY;
        double byLeverage = (maxLeverage * equity - othersGross) / price - held;
        // the reason is the limit that allows fewer shares; in a cash account both agree and it is buying power
        binding = byLeverage < byMargin ? Reason.LEVERAGE_LIMIT : Reason.INSUFFICIENT_BUYING_POWER;
        double high = round(Math.min(wanted, Math.min(byMargin, byLeverage)));
        if (fits(high, held, price, k, equity, othersGross, othersRequired, commission, time)) {
            return high;
        }
        // the commission is not linear in shares (minimums, maximums); search the largest count that fits
        double low = 0;
        for (int step = 0; step < 60 && high - low > (fractional ? 1e-9 * high : 1); step++) {
            double mid = round(fractional ? (low + high) / 2 : Math.floor((low + high) / 2));
            if (mid <= low) {
                break;
            }
            if (fits(mid, held, price, k, equity, othersGross, othersRequired, commission, time)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean fits(double shares, double held, double price, double k, double equity, double othersGross,
                         double othersRequired, CommissionModel commission, long time) {
        if (!(shares > 0)) {
            return false;
        }
        double fee = commission.commission(shares, price, time);
        double value = (held + shares) * price;
        // written as value + fee <= equity so that a cash account's check is exactly cost <= cash
        boolean margin = othersRequired + value * k + fee <= equity;
        return margin && !leverageFails(shares, held, price, equity, othersGross, fee);
    }

    private boolean leverageFails(double shares, double held, double price, double equity, double othersGross,
                                  double fee) {
        return othersGross + (held + shares) * price + maxLeverage * fee > maxLeverage * equity;
    }

    private double round(double shares) {
        if (!(shares > 0) || Double.isInfinite(shares)) {
            return 0;
        }
        return fractional ? shares : Math.floor(shares);
    }
}
