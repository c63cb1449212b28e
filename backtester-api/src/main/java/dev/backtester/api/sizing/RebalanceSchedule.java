package dev.backtester.api.sizing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
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
     * True when the bar ending at {@code time} is the first of a new period after the bar ending at
     * {@code previousTime} (epoch milliseconds; a bar belongs to the day of the instant before its end).
     */
    public boolean due(long previousTime, long time) {
        if (period == Period.NONE) {
            return false;
        }
        return periodKey(previousTime) != periodKey(time);
    }

    private long periodKey(long time) {
        ZonedDateTime at = Instant.ofEpochMilli(time - 1).atZone(zone);
        return switch (period) {
            case NONE -> 0;
            case DAILY -> at.toLocalDate().toEpochDay();
            case WEEKLY -> at.get(IsoFields.WEEK_BASED_YEAR) * 100L + at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> at.getYear() * 100L + at.getMonthValue();
            case QUARTERLY -> at.getYear() * 10L + at.get(IsoFields.QUARTER_OF_YEAR);
        };
    }

    @Override
    public String toString() {
        return period == Period.NONE ? "never" : period.name().toLowerCase(java.util.Locale.ROOT) + " in " + zone;
    }

}
