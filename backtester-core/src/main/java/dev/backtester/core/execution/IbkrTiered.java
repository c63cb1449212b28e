package dev.backtester.core.execution;

import dev.backtester.api.execution.CommissionModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Interactive Brokers Pro tiered US stock commission (see {@link Commissions} for the schedule and
 * what is modelled): per-share rates by month-to-date shares, applied marginally, minimum USD 0.35,
 * maximum 1% of trade value, plus an optional flat per-share fee add-on.
 *
 * <p>Stateful: it counts the shares of the month. The instance a strategy holds is a template that
 * quotes from an empty month; the engine uses {@link #newRunState()} for each run.
 */
final class IbkrTiered implements CommissionModel {
    /** Upper bounds (shares per month) of the tiers; the last tier is open-ended. */
    private static final double[] TIER_TOP = {300_000, 3_000_000, 20_000_000, 100_000_000, Double.POSITIVE_INFINITY};
    private static final double[] RATE = {0.0035, 0.0020, 0.0015, 0.0010, 0.0005};
    private static final double MINIMUM = 0.35;
    private static final double MAX_FRACTION_OF_VALUE = 0.01;
    private static final ZoneId MONTHS = ZoneId.of("America/New_York");

    private final double feesPerShare;
    private double monthShares;
    private long monthStart = Long.MAX_VALUE;
    private long monthEnd = Long.MIN_VALUE;

    IbkrTiered(double feesPerShare) {
        this.feesPerShare = feesPerShare;
    }

    @Override
    public double commission(double shares, double price) {
        return charge(monthShares, shares, price);
    }

    @Override
    public double commission(double shares, double price, long fillTime) {
        return charge(inMonth(fillTime) ? monthShares : 0.0, shares, price);
    }

    @Override
    public void record(double shares, double price, long fillTime) {
        if (!inMonth(fillTime)) {
            startMonth(fillTime);
        }
        monthShares += shares;
    }

    @Override
    public CommissionModel newRunState() {
        return new IbkrTiered(feesPerShare);
    }

    /** The charge for {@code shares} at {@code price} after {@code before} shares this month. */
    private double charge(double before, double shares, double price) {
        double commission = 0;
        double from = before;
        double left = shares;
        for (int tier = 0; tier < TIER_TOP.length && left > 0; tier++) {
            if (from >= TIER_TOP[tier]) {
                continue;
            }
            double inTier = Math.min(left, TIER_TOP[tier] - from);
            commission += inTier * RATE[tier];
            from += inTier;
            left -= inTier;
        }
        commission = Math.min(Math.max(MINIMUM, commission), MAX_FRACTION_OF_VALUE * shares * price);
        return commission + feesPerShare * shares;
    }

    private boolean inMonth(long time) {
        return time >= monthStart && time < monthEnd;
    }

    private void startMonth(long time) {
        ZonedDateTime start = Instant.ofEpochMilli(time).atZone(MONTHS).withDayOfMonth(1).toLocalDate().atStartOfDay(MONTHS);
        monthStart = start.toInstant().toEpochMilli();
        monthEnd = start.plusMonths(1).toInstant().toEpochMilli();
        monthShares = 0;
    }

    @Override
    public String toString() {
        return "ibkr_tiered(fees_per_share=" + feesPerShare + ")";
    }
}
