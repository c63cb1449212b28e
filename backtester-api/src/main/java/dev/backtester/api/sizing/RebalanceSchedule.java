package dev.backtester.api.sizing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * When a sizer resizes the positions already held: at the close of the first bar of each new period
 * (day, week, month, quarter) in {@code zone}, the engine asks the sizer again for every open position
 * and trades the difference at the next bar. {@link #NEVER} (the default) sizes only new positions.
 *
 * @param period how often, or {@code NONE}
 * @param zone   time zone whose calendar defines the periods
 */
public record RebalanceSchedule(Period period, ZoneId zone) {

    /** Rebalancing periods. */
    public enum Period { NONE, DAILY, WEEKLY, MONTHLY, QUARTERLY }

    /** No rebalancing. */
    public static final RebalanceSchedule NEVER = new RebalanceSchedule(Period.NONE, ZoneId.of("UTC"));

    public RebalanceSchedule {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
    }

    /** Rebalances at the first bar of each {@code period} in New York time (US equities). */
    public static RebalanceSchedule every(Period period) {
        return new RebalanceSchedule(period, ZoneId.of("America/New_York"));
    }

    /** True when this schedule rebalances at all. */
    public boolean isActive() {
        return period != Period.NONE;
    }

    /**
     * The first instant (epoch milliseconds) of the period after the one holding the bar that ends at
     * {@code barEndTime} (a bar belongs to the day of the instant before its end); a bar ending after
     * it is the first bar of a new period and is rebalanced. {@link Long#MAX_VALUE} for {@code NONE}.
     * Computed once per period by the engine, so nothing is done per bar.
     */
    public long nextPeriodStart(long barEndTime) {
        LocalDate day = Instant.ofEpochMilli(barEndTime - 1).atZone(zone).toLocalDate();
        LocalDate next = switch (period) {
            case NONE -> null;
            case DAILY -> day.plusDays(1);
            case WEEKLY -> day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1).plusMonths(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
        };
        return next == null ? Long.MAX_VALUE : next.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    @Override
    public String toString() {
        return period == Period.NONE ? "never" : period.name().toLowerCase(Locale.ROOT) + " in " + zone;
    }

}
